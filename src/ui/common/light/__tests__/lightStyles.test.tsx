/** @jest-environment jsdom */
// The light controls take Fluent's own style functions from @fluentui/react's lib/components entry
// points (listed in the package's exports, though not in its docs), so package.json pins Fluent to
// one version. Should an upgrade change what Fluent's controls look like, this test tells: each
// light control must compute the same styles as the Fluent control it stands in for.
import * as React from 'react';
import { render } from '@testing-library/react';
import { DefaultButton, PrimaryButton, ActionButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { LightButton, type LightButtonVariant } from '../LightButton';
import { LightMessageBar } from '../LightMessageBar';

setIconOptions({ disableWarnings: true });

const compared = ['background-color', 'color', 'border', 'border-radius', 'padding', 'min-width', 'height', 'font-size', 'font-weight', 'cursor'];

function styleOf(element: Element): Record<string, string> {
  const computed = window.getComputedStyle(element);
  return Object.fromEntries(compared.map((property) => [property, computed.getPropertyValue(property)]));
}

function rendered(node: React.ReactElement, selector: string): Record<string, string> {
  const { container, unmount } = render(node);
  const element = container.querySelector(selector);
  if (element === null) throw new Error(`Nothing matches ${selector}`);
  const style = styleOf(element);
  unmount();
  return style;
}

describe('the light controls look as the Fluent controls they stand in for', () => {
  const fluentButtons: Record<LightButtonVariant, (text: string) => React.ReactElement> = {
    default: (text) => <DefaultButton text={text} />,
    primary: (text) => <PrimaryButton text={text} />,
    action: (text) => <ActionButton text={text} />
  };

  it.each(Object.keys(fluentButtons) as LightButtonVariant[])('%s button: the same root and label styles', (variant) => {
    const fluentRoot = rendered(fluentButtons[variant]('Spara'), 'button');
    const lightRoot = rendered(<LightButton text="Spara" variant={variant} onClick={() => undefined} />, 'button');
    expect(lightRoot).toEqual(fluentRoot);
    // Not vacuous: the root carries Fluent's declared styles (jsdom resolves the injected rules).
    expect(Object.values(fluentRoot).filter((value) => value !== '').length).toBeGreaterThan(3);
    expect(rendered(<LightButton text="Spara" variant={variant} onClick={() => undefined} />, '.ms-Button-label'))
      .toEqual(rendered(fluentButtons[variant]('Spara'), '.ms-Button-label'));
  });

  it.each([['info', MessageBarType.info], ['error', MessageBarType.error], ['success', MessageBarType.success], ['warning', MessageBarType.warning]] as const)(
    '%s message bar: the same root styles', (_name, type) => {
      const fluent = rendered(<MessageBar messageBarType={type}>Sparat</MessageBar>, '.ms-MessageBar');
      const light = rendered(<LightMessageBar messageBarType={type}>Sparat</LightMessageBar>, '.ms-MessageBar');
      expect(light).toEqual(fluent);
      expect(fluent['background-color']).not.toBe('');
    });
});
