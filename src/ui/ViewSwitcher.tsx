// Where a page (or a Teams personal app, which has no property pane) leaves the view unset, the
// view follows the user's role and these buttons switch to the others. A nav of plain buttons:
// one Tab stop each, the current one marked for screen readers (aria-current) and by an underline
// in the theme's colour, never by colour alone.
import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { LightButton } from './common/light/LightButton';
import { MiljomalView, viewLabel } from './views';
import { useStrings } from './services/services';

export interface IViewSwitcherProps {
  views: readonly MiljomalView[];
  current: MiljomalView;
  onChoose(view: MiljomalView): void;
}

export function ViewSwitcher({ views, current, onChoose }: IViewSwitcherProps): React.ReactElement {
  const strings = useStrings();
  const theme = useTheme();
  return (
    <nav aria-label={strings.ViewSwitcherLabel} style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
      {views.map((view) => {
        const isCurrent = view === current;
        return (
          <LightButton
            key={view}
            variant="action"
            text={viewLabel(view, strings)}
            aria-current={isCurrent ? 'page' : undefined}
            onClick={() => onChoose(view)}
            styles={{
              root: {
                borderBottom: `2px solid ${isCurrent ? theme.palette.themePrimary : 'transparent'}`,
                fontWeight: isCurrent ? 600 : 400,
                color: theme.semanticColors.bodyText
              }
            }}
          />
        );
      })}
    </nav>
  );
}
