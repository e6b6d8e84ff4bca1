import { documentManagement } from './document-management/index.js';
import { fieldReports } from './field-reports/index.js';
import { publicServicePortal } from './public-service-portal/index.js';
import type { DefinedConnector } from './sdk/types.js';
import { simulator } from './simulator/index.js';

/** Every connector type the host can run, by the type id saved in configuration. */
export const connectorTypes: Record<string, DefinedConnector> = {
  [simulator.id]: simulator,
  [documentManagement.id]: documentManagement,
  [fieldReports.id]: fieldReports,
  [publicServicePortal.id]: publicServicePortal,
};

export function getConnectorType(id: string): DefinedConnector {
  const definition = Object.hasOwn(connectorTypes, id) ? connectorTypes[id] : undefined;
  if (!definition) {
    throw new Error(`Unknown connector type "${id}"; known types: ${Object.keys(connectorTypes).sort().join(', ')}`);
  }
  return definition;
}
