import { describe, expect, it } from 'vitest';
import { toXml } from './fixture/to-xml.js';
import { itemsFromJson, itemsFromXml, PayloadError } from './decode-payload.js';

const where = 'GET http://127.0.0.1/requests.xml';

describe('itemsFromJson', () => {
  it('reads a bare array and mySociety`s wrapper', () => {
    expect(itemsFromJson([{ a: 1 }], 'requests', where)).toEqual([{ a: 1 }]);
    expect(itemsFromJson({ service_requests: [{ a: 1 }] }, 'requests', where)).toEqual([{ a: 1 }]);
    expect(itemsFromJson({ services: [] }, 'services', where)).toEqual([]);
  });

  it('refuses anything else, naming the request and what came', () => {
    expect(() => itemsFromJson({ requests: [] }, 'requests', where)).toThrow(
      new PayloadError(`${where} returned JSON that is not a list of requests: expected an array or { "service_requests": [...] }, got an object`),
    );
    expect(() => itemsFromJson('ok', 'requests', where)).toThrow(/got a string$/);
    expect(() => itemsFromJson(null, 'services', where)).toThrow(/got null$/);
  });
});

describe('itemsFromXml', () => {
  it('reads every request as an object of text values', () => {
    const xml = toXml('service_requests', 'request', [
      { service_request_id: '007', lat: 16.4, description: 'Rác & phế thải <lớn>' },
      { service_request_id: '008', extended_attributes: { ioc_status: 'verified' } },
    ]);
    expect(itemsFromXml(xml, 'requests', where)).toEqual([
      { service_request_id: '007', lat: '16.4', description: 'Rác & phế thải <lớn>' },
      { service_request_id: '008', extended_attributes: { ioc_status: 'verified' } },
    ]);
  });

  it('reads one request as a list of one, and an empty list as none', () => {
    expect(itemsFromXml('<service_requests><request><status>open</status></request></service_requests>', 'requests', where)).toEqual([{ status: 'open' }]);
    expect(itemsFromXml('<?xml version="1.0" encoding="UTF-8"?><service_requests/>', 'requests', where)).toEqual([]);
    expect(itemsFromXml('<service_requests></service_requests>', 'requests', where)).toEqual([]);
  });

  it('decodes character references, which Vietnamese text often uses', () => {
    const xml = '<services><service><service_name>C&#226;y xanh &#x111;&#7893;</service_name></service></services>';
    expect(itemsFromXml(xml, 'services', where)).toEqual([{ service_name: 'Cây xanh đổ' }]);
  });

  it('names the line and column of XML that does not parse', () => {
    const xml = '<service_requests>\n<request><status>open</request></service_requests>';
    expect(() => itemsFromXml(xml, 'requests', where)).toThrow(PayloadError);
    expect(() => itemsFromXml(xml, 'requests', where)).toThrow(/^GET http:\/\/127\.0\.0\.1\/requests\.xml returned XML that does not parse at line 2, column \d+: /);
  });

  it('refuses another root, such as an error list sent with 200', () => {
    const errors = '<errors><error><code>403</code><description>forbidden</description></error></errors>';
    expect(() => itemsFromXml(errors, 'requests', where)).toThrow(`${where} returned XML whose root is <errors>, not <service_requests>`);
    expect(() => itemsFromXml('<service_requests/><request/>', 'requests', where)).toThrow(/root is <service_requests>, <request>, not/);
    expect(() => itemsFromXml('', 'requests', where)).toThrow(`${where} returned XML that does not parse at line 1: Start tag expected.`);
  });
});
