/**
 * The API's method and topic names without their schemas, for the sandboxed preload: it checks
 * names only, and importing the contract would bundle zod into every window. A test keeps these
 * lists equal to the contract's.
 */
export const methodNameList = [
  'session.whoami',
  'walls.list',
  'walls.setLayout',
  'walls.pushCamera',
  'walls.clearCamera',
  'layouts.list',
  'layouts.get',
  'layouts.save',
  'cameras.list',
  'cameras.add',
  'cameras.update',
  'cameras.remove',
  'cameras.test',
  'cameras.health',
  'series.list',
  'samples.query',
  'alerts.list',
  'alerts.acknowledge',
  'alerts.assign',
  'alerts.resolve',
  'alerts.history',
  'records.list',
  'connectors.list',
  'connectors.types',
  'connectors.add',
  'connectors.test',
  'connectors.update',
  'connectors.pause',
  'connectors.resume',
  'connectors.remove',
  'connectors.options',
  'audit.list',
] as const;

export const topicList = [
  'wall.changed',
  'layout.changed',
  'alert.changed',
  'samples.appended',
  'series.added',
  'connector.health',
  'camera.health',
  'cameras.changed',
] as const;
