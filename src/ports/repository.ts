// Everything the UI may ask of the place the data lives, composed from one interface per concern
// (a file each beside this one). The UI gets an instance through its services; it never builds one
// and never learns how it talks to SharePoint. A new method goes into its concern's file, its
// expectation into test/contract/repositoryContract.ts, which both implementations must pass.
import type { IActivities } from './activities';
import type { IAllocation } from './allocation';
import type { IIndicators } from './indicators';
import type { IOrganisation } from './organisation';
import type { IPeople } from './people';
import type { IProvisioning } from './provisioning';
import type { IReading } from './reading';
import type { IReadinessMarks } from './readiness';
import type { IReportsAndPeriods } from './reportsAndPeriods';

/**
 * Reads reject only with a ReadError (readError.ts); writes never reject: every failure, also one
 * before the request (a person who cannot be resolved), is an outcome.
 */
export interface IMiljoRepository
  extends IReading, IOrganisation, IAllocation, IActivities, IIndicators, IReportsAndPeriods, IReadinessMarks, IPeople, IProvisioning {}
