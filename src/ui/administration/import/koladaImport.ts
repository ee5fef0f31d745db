// "Hämta från Kolada" as the values import sees it: the rows come from Kolada's API instead of a
// chosen file, in Kolada's own layout (domain/kolada/koladaSheet.ts), and go through the values
// adapter's preview and writes unchanged. Only the linked indicators' key figures, organisations
// and years are asked, and only what answers them is kept.
import type { IKolada } from '../../../ports';
import type { ValuePlan } from '../../../domain/import/valueImport';
import { askedPoints, koladaAsks, koladaWanted, unansweredYears, type KoladaAsk } from '../../../domain/kolada/koladaFetch';
import { koladaSheet } from '../../../domain/kolada/koladaSheet';
import { indicatorsInGoalOrder } from '../../../domain/report/indicatorText';
import { koladaFailureText } from '../../common/koladaText';
import { format } from '../../format';
import type { IFetchSource, IImportAdapter } from './ImportDialog';
import { valuesImport, type IValuesImportContext } from './importAdapters';

function yearsText(years: readonly number[]): string {
  return years.join(', ');
}

export function koladaImport(context: IValuesImportContext, kolada: IKolada): { adapter: IImportAdapter<ValuePlan>; source: IFetchSource } {
  const { strings } = context;
  let unanswered: ReturnType<typeof unansweredYears> = [];
  const adapter: IImportAdapter<ValuePlan> = {
    ...valuesImport(context),
    title: strings.KoladaTitle,
    intro: strings.KoladaIntro,
    files: [],
    missingText: () => (unanswered.length === 0 ? undefined
      : format(strings.KoladaUnanswered, unanswered.map(({ indicator, years }) => `${indicator.name} (${yearsText(years)})`).join('; ')))
  };
  const source: IFetchSource = {
    name: 'Kolada',
    againText: strings.KoladaFetchAgain,
    fetchingText: strings.KoladaFetching,
    fetch: async () => {
      const asks: KoladaAsk[] = koladaAsks(indicatorsInGoalOrder(context.picture()), context.year);
      if (asks.length === 0) return { kind: 'problem', message: strings.KoladaNoneLinked };
      const answer = await kolada.readValues(koladaWanted(asks));
      if (answer.kind !== 'ok') return { kind: 'problem', message: koladaFailureText(answer.cause, strings) };
      const points = askedPoints(answer.value, asks);
      unanswered = unansweredYears(points, asks);
      if (points.length === 0) return { kind: 'problem', message: strings.KoladaNothing };
      return { kind: 'read', rows: koladaSheet(points) };
    }
  };
  return { adapter, source };
}
