define([], function () {
  return {
    "AppTitle": "Miljömål",
    "PropertyPaneDescription": "Välj vilken vy webbdelen visar och vilken webbplats som har listorna.",
    "SettingsGroupName": "Inställningar",
    "ViewFieldLabel": "Vy",
    "ViewSummary": "Sammanställning",
    "ViewAllocation": "Fördelning",
    "ViewMyUnit": "Min enhet",
    "ViewAdministration": "Administration",
    "SiteUrlFieldLabel": "Webbplats med listorna",
    "SiteUrlFieldDescription": "Fullständig adress, till exempel https://contoso.sharepoint.com/sites/miljo. Lämna tomt för den här webbplatsen.",
    "SiteUrlNotAUrl": "Det här är inte en webbadress. Skriv en fullständig adress som börjar med https://.",
    "SiteUrlNotHttps": "Adressen måste börja med https://.",
    "SiteUrlOtherTenant": "Webbplatsen måste ligga i samma SharePoint-miljö som den här sidan ({0}).",
    "ViewNotBuiltTitle": "Vyn är inte byggd ännu",
    "ViewNotBuiltMessage": "Vyn \"{0}\" finns inte i den här versionen av webbdelen än. Inga uppgifter visas."
  };
});
