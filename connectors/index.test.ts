import { describe, expect, it } from 'vitest';
import { connectorTypes, getConnectorType } from './index.js';

describe('connector types', () => {
  it('are keyed by their own id', () => {
    for (const [key, definition] of Object.entries(connectorTypes)) expect(definition.id).toBe(key);
  });

  it('find the simulator', () => {
    expect(getConnectorType('simulator').id).toBe('simulator');
  });

  it('name the known types when asked for an unknown one', () => {
    expect(() => getConnectorType('open311')).toThrow('Unknown connector type "open311"; known types: document-management, field-reports, public-service-portal, simulator');
    expect(() => getConnectorType('toString')).toThrow(/Unknown connector type/);
  });
});
