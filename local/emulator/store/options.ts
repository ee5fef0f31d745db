/** How a store is set up: the site, the default user and the SharePoint behaviours that are configurable. */
export interface UniqueViolationSettings { status: number; code: string; message: string }

export interface StoreOptions {
  sitePath: string;
  webTitle: string;
  defaultUser: string;
  /** createfieldasxml without AddFieldInternalNameHint (8) names the field from DisplayName, as SharePoint does. */
  fieldNameFromDisplayName: boolean;
  uniqueViolation: UniqueViolationSettings;
  /** The site's time zone (SharePoint's id) when the store starts empty or its data file names none. */
  timeZoneId: number;
  /** Items and folders with unique permissions a list may hold; SharePoint Online's 50,000 when absent. */
  uniqueScopesPerList?: number;
  /** The clock items' Created and Modified are written by; the real one when absent (the workbench runs the demo's). */
  now?: () => Date;
}

export const DEFAULT_UNIQUE_VIOLATION: UniqueViolationSettings = {
  status: 400,
  code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
  message: 'The list item could not be added or updated because duplicate values were found in one or more fields in the list.'
};
