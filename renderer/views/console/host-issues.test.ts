import { describe, expect, it } from 'vitest';
import { hostIssues } from './host-issues.js';

describe('hostIssues', () => {
  it('files each "options.<path>: message" line under its path and keeps other lines whole', () => {
    const message = [
      'options.sla.default.urgent: must be more than 0 hours',
      'options.endpoints[1]: must be one of service-results, transparency',
      'options.sla.default.urgent: must be at most a year (8784 hours)',
      'connector instance "x" comes from the configuration file; change it there',
    ].join('\n');
    expect(hostIssues(message)).toEqual({
      byPath: {
        'sla.default.urgent': 'must be more than 0 hours; must be at most a year (8784 hours)',
        'endpoints[1]': 'must be one of service-results, transparency',
      },
      other: ['connector instance "x" comes from the configuration file; change it there'],
    });
  });

  it('keeps a line about the instance itself among the others', () => {
    expect(hostIssues('instance.type: unknown connector type "x"')).toEqual({ byPath: {}, other: ['instance.type: unknown connector type "x"'] });
  });
});
