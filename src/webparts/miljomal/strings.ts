// The strings SPFx loaded for the page's language, one loc module per feature (config/config.json
// "localizedResources"), merged into the one set the web part passes to the views.
import * as common from 'MiljomalCommonStrings';
import * as summary from 'MiljomalSummaryStrings';
import * as editing from 'MiljomalEditingStrings';
import * as allocation from 'MiljomalAllocationStrings';
import * as myUnit from 'MiljomalMyUnitStrings';
import * as administration from 'MiljomalAdministrationStrings';
import * as indicators from 'MiljomalIndicatorsStrings';
import { mergeStrings } from './mergeStrings';

export const strings: IMiljomalWebPartStrings = mergeStrings({ common, summary, editing, allocation, myUnit, administration, indicators });
