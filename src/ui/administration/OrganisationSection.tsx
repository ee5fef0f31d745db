import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { compareSwedish } from '../../domain/collation';
import type { OrgLevel, OrgUnit } from '../../domain/model';
import { format } from '../format';
import { useUniqueId } from '../common/useUniqueId';
import type { YearWorkspace } from '../common/useYearWorkspace';
import { useEditingClassNames } from '../common/workspaceStyles';
import { formatDate } from '../edit/dates';

import type { OrgUnitDialogMode } from './OrgUnitDialog';
import { useServices } from '../services/services';
import { ScrollRegion } from '../common/ScrollRegion';

export interface IOrganisationSectionProps {
  workspace: YearWorkspace;
  pending: ReadonlySet<string>;
  /** Opens the org unit dialog: adding under a parent (or at the top), or changing a unit. */
  onAdd: (level: OrgLevel, parentId: number | undefined) => void;
  onChange: (mode: Exclude<OrgUnitDialogMode, 'add'>, unit: OrgUnit) => void;
  onReopen: (unit: OrgUnit) => void;
  /** Opens the import of the organisation from a file. */
  onImport: () => void;
}

interface ITreeRow {
  unit: OrgUnit;
  depth: number;
}

/** The förvaltning, its departments by name and each department's units by name; orphans last. */
function treeRows(orgUnits: readonly OrgUnit[]): ITreeRow[] {
  const byName = (a: OrgUnit, b: OrgUnit): number => compareSwedish(a.name, b.name);
  const childrenOf = (id: number): OrgUnit[] => orgUnits.filter((unit) => unit.parentId === id).sort(byName);
  const rows: ITreeRow[] = [];
  const seen = new Set<number>();
  const visit = (unit: OrgUnit, depth: number): void => {
    if (seen.has(unit.id)) return;
    seen.add(unit.id);
    rows.push({ unit, depth });
    for (const child of childrenOf(unit.id)) visit(child, depth + 1);
  };
  orgUnits.filter((unit) => unit.level === 'forvaltning').sort(byName).forEach((unit) => visit(unit, 0));
  orgUnits.filter((unit) => !seen.has(unit.id)).sort(byName).forEach((unit) => visit(unit, 0));
  return rows;
}

function levelName(level: OrgLevel, strings: IMiljomalWebPartStrings): string {
  switch (level) {
    case 'forvaltning': return strings.AdminLevelForvaltningTitle;
    case 'avdelning': return strings.AdminLevelAvdelningTitle;
    case 'enhet': return strings.AdminLevelEnhetTitle;
  }
}

/** The organisation: add departments and units, set heads, move units, close (kept as history). */
export function OrganisationSection({ workspace, pending, onAdd, onChange, onReopen, onImport }: IOrganisationSectionProps): React.ReactElement {
  const { strings } = useServices();
  const classNames = useEditingClassNames();
  const captionId = useUniqueId('miljomal-admin-organisation');
  const orgUnits = workspace.picture.orgUnits;
  const rows = React.useMemo(() => treeRows(orgUnits), [orgUnits]);
  const top = orgUnits.find((unit) => unit.level === 'forvaltning' && !unit.closed);
  return (
    <section className={classNames.section} aria-label={strings.AdminOrganisationHeading}>
      <h3 className={classNames.heading}>{strings.AdminOrganisationHeading}</h3>
      <p className={classNames.subtle}>{strings.AdminOrganisationIntro}</p>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        {top === undefined ? (
          <PrimaryButton text={strings.AdminAddForvaltning} onClick={() => onAdd('forvaltning', undefined)} />
        ) : (
          <PrimaryButton text={strings.AdminAddDepartment} onClick={() => onAdd('avdelning', top.id)} />
        )}
        <DefaultButton text={strings.ImportOrganisation} onClick={onImport} />
      </Stack>
      {rows.length === 0 ? null : (
        <ScrollRegion labelledBy={captionId}>
          <table className={classNames.wideTable}>
            <caption id={captionId} className={classNames.caption}>{strings.AdminOrganisationCaption}</caption>
            <thead>
              <tr>
                <th scope="col" className={classNames.th}>{strings.AdminUnitName}</th>
                <th scope="col" className={classNames.th}>{strings.AdminUnitLevel}</th>
                <th scope="col" className={classNames.th}>{strings.AdminUnitHead}</th>
                <th scope="col" className={classNames.th}>{strings.AdminUnitStatus}</th>
                <th scope="col" className={classNames.th}>{strings.AdminActions}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ unit, depth }) => (
                <UnitRow key={unit.id} unit={unit} depth={depth} saving={unit.id < 0 || pending.has(`unit:${unit.id}`)} onAdd={onAdd} onChange={onChange} onReopen={onReopen} />
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

interface IUnitRowProps {
  unit: OrgUnit;
  depth: number;
  saving: boolean;
  onAdd: IOrganisationSectionProps['onAdd'];
  onChange: IOrganisationSectionProps['onChange'];
  onReopen: IOrganisationSectionProps['onReopen'];
}

/** One org unit; drawn again only when it changes (a large organisation has hundreds of rows). */
const UnitRow = React.memo(function UnitRow({ unit, depth, saving, onAdd, onChange, onReopen }: IUnitRowProps): React.ReactElement {
  const { strings, locale } = useServices();
  const classNames = useEditingClassNames();
  const closed = unit.closed === true;
  return (
    <tr>
      <th scope="row" className={`${classNames.rowHeader} ${closed ? classNames.closed : ''}`} style={{ paddingLeft: 6 + depth * 24 }}>
        {unit.name}
        {unit.shortName === undefined ? null : <span className={classNames.headName}>{unit.shortName}</span>}
      </th>
      <td className={classNames.td}>{levelName(unit.level, strings)}</td>
      <td className={classNames.td}>
        {unit.head === undefined ? <span className={classNames.subtle}>{strings.AllocNoHead}</span> : (
          <>
            {unit.head.name}
            <span className={classNames.headName}>{unit.head.login}</span>
          </>
        )}
      </td>
      <td className={classNames.td}>
        {closed
          ? unit.closedOn === undefined ? strings.AdminUnitClosed : format(strings.AdminUnitClosedOn, formatDate(unit.closedOn, locale))
          : strings.AdminUnitOpen}
        {saving ? <span className={classNames.cellDetail}> {strings.AllocCellSavingText}</span> : null}
      </td>
      <td className={classNames.td}>
        <div className={classNames.rowActions}>
          {closed ? (
            <DefaultButton text={strings.AdminUnitReopen} ariaLabel={format(strings.AdminUnitReopenNamed, unit.name)} disabled={saving}
              onClick={() => onReopen(unit)} />
          ) : (
            <>
              <DefaultButton text={strings.AdminEdit} ariaLabel={format(strings.AdminEditNamed, unit.name)} disabled={saving}
                onClick={() => onChange('edit', unit)} />
              {unit.level === 'enhet' ? (
                <DefaultButton text={strings.AdminUnitMove} ariaLabel={format(strings.AdminUnitMoveNamed, unit.name)} disabled={saving}
                  onClick={() => onChange('move', unit)} />
              ) : null}
              {unit.level === 'avdelning' ? (
                <DefaultButton text={strings.AdminAddUnit} ariaLabel={format(strings.AdminAddUnitNamed, unit.name)} disabled={saving}
                  onClick={() => onAdd('enhet', unit.id)} />
              ) : null}
              {unit.level === 'forvaltning' ? null : (
                <DefaultButton text={strings.AdminUnitClose} ariaLabel={format(strings.AdminUnitCloseNamed, unit.name)} disabled={saving}
                  onClick={() => onChange('close', unit)} />
              )}
            </>
          )}
        </div>
      </td>
    </tr>
  );
});
