/**
 * S3 + CloudFront (server-config/cloudfront/): the checked-in files are what the
 * generator writes, the policies send exactly the host rules' headers, and the
 * CloudFront Function, run as CloudFront runs it (a bare script, no Node),
 * serves folders and redirects a folder without its slash. A small model of
 * a distribution puts the three together over a bucket of a few files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { hostRules } from '../../../src/host-config/host-rules.ts';
import {
  cloudfrontFiles,
  customErrorResponses,
  immutableResponseHeadersPolicy,
  responseHeadersPolicy,
  type CustomErrorResponses,
  type ResponseHeadersPolicyConfig,
} from '../../../src/host-config/cloudfront-policy.ts';
import { CLOUDFRONT_DIR } from '../../../scripts/write-cloudfront-config.ts';

type Field = { value: string; multiValue?: Array<{ value: string }> };
interface ViewerRequest {
  method: string;
  uri: string;
  querystring: Record<string, Field>;
  headers: Record<string, Field>;
}
interface ViewerResponse {
  statusCode: number;
  statusDescription?: string;
  headers: Record<string, Field>;
}

/** The function as CloudFront loads it: a script in a context of its own, without require, process or Buffer. */
const handler = runInContext(`${readFileSync(join(CLOUDFRONT_DIR, 'index-rewrite.js'), 'utf8')}\n;handler`, createContext({})) as (event: {
  request: ViewerRequest;
}) => ViewerRequest | ViewerResponse;

/** A viewer-request event as CloudFront sends it (and as its console's test tab builds one). */
function viewerRequest(url: string): { version: string; context: { eventType: string }; viewer: { ip: string }; request: ViewerRequest } {
  const { pathname, searchParams } = new URL(url, 'https://d111111abcdef8.cloudfront.net');
  const querystring: Record<string, Field> = {};
  for (const name of new Set(searchParams.keys())) {
    // CloudFront keeps the values as the viewer encoded them.
    const values = searchParams.getAll(name).map((value) => ({ value: encodeURIComponent(value) }));
    querystring[name] = values.length > 1 ? { value: values[0]!.value, multiValue: values } : values[0]!;
  }
  return {
    version: '1.0',
    context: { eventType: 'viewer-request' },
    viewer: { ip: '198.51.100.11' },
    request: { method: 'GET', uri: pathname, querystring, headers: { host: { value: 'example.com' } } },
  };
}

/** The headers a policy makes CloudFront send, as its documentation maps each setting to a header. */
function headersOf(policy: ResponseHeadersPolicyConfig): Record<string, string> {
  const security = policy.SecurityHeadersConfig;
  const headers: Record<string, string> = {};
  if (security.ContentTypeOptions) headers['x-content-type-options'] = 'nosniff';
  if (security.FrameOptions) headers['x-frame-options'] = security.FrameOptions.FrameOption;
  if (security.ReferrerPolicy) headers['referrer-policy'] = security.ReferrerPolicy.ReferrerPolicy;
  if (security.ContentSecurityPolicy) headers['content-security-policy'] = security.ContentSecurityPolicy.ContentSecurityPolicy;
  assert.equal(policy.CustomHeadersConfig.Quantity, policy.CustomHeadersConfig.Items.length);
  for (const item of policy.CustomHeadersConfig.Items) headers[item.Header.toLowerCase()] = item.Value;
  return headers;
}

const lowerCased = (headers: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

test('server-config/cloudfront/ holds what npm run server-config writes, and nothing stale', () => {
  const generated = cloudfrontFiles('/');
  for (const [name, text] of Object.entries(generated))
    assert.equal(readFileSync(join(CLOUDFRONT_DIR, name), 'utf8'), text, `${name}: run npm run server-config`);
  assert.deepEqual(readdirSync(CLOUDFRONT_DIR).sort(), [...Object.keys(generated), 'index-rewrite.js'].sort());
});

test('every header of the host rules is in the policies, with its value, and nothing else', () => {
  for (const base of ['/', '/blog/']) {
    const rules = hostRules(base);
    assert.deepEqual(headersOf(responseHeadersPolicy(base)), lowerCased({ ...rules.securityHeaders, 'Cache-Control': rules.revalidateCache }), base);
    assert.deepEqual(headersOf(immutableResponseHeadersPolicy(base)), lowerCased({ ...rules.securityHeaders, 'Cache-Control': rules.immutableCache }), base);
  }
  for (const policy of [responseHeadersPolicy('/'), immutableResponseHeadersPolicy('/blog/')]) {
    // CloudFront refuses its own security headers as custom headers, and overrides nothing it is not told to.
    for (const item of policy.CustomHeadersConfig.Items)
      assert.doesNotMatch(item.Header, /^(x-content-type-options|x-frame-options|referrer-policy|content-security-policy)$/i);
    assert.ok([...Object.values(policy.SecurityHeadersConfig), ...policy.CustomHeadersConfig.Items].every((setting) => setting.Override));
    assert.match(policy.Name, /^[\w-]{1,128}$/);
    assert.ok(policy.Comment.length <= 128, 'CloudFront takes a comment of 128 characters at most');
  }
});

test('a missing key (403 from a private bucket, or 404) is answered with the 404 page and status 404, under the base path', () => {
  for (const base of ['/', '/blog/']) {
    const responses = customErrorResponses(base);
    assert.equal(responses.Quantity, responses.Items.length);
    assert.deepEqual(
      responses.Items.map((item) => [item.ErrorCode, item.ResponsePagePath, item.ResponseCode]),
      [403, 404].map((code) => [code, hostRules(base).notFoundPage, '404']),
    );
  }
});

test('the function serves a folder from its index.html and leaves files alone', () => {
  const cases = {
    '/': '/index.html',
    '/posts/trunk-ports-on-bond0/': '/posts/trunk-ports-on-bond0/index.html',
    '/blog/': '/blog/index.html',
    '/blog/tags/ahv/': '/blog/tags/ahv/index.html',
    '/_astro/index.B1x2c3.css': '/_astro/index.B1x2c3.css',
    '/pagefind/pagefind-entry.json': '/pagefind/pagefind-entry.json',
    '/pagefind/fragment/en_1a2b3c.pf_fragment': '/pagefind/fragment/en_1a2b3c.pf_fragment',
    '/404.html': '/404.html',
  };
  for (const [uri, rewritten] of Object.entries(cases)) {
    const result = handler(viewerRequest(uri));
    assert.ok('uri' in result, `${uri} is passed on, not answered`);
    assert.equal(result.uri, rewritten, uri);
  }
  const search = handler(viewerRequest('/search/?q=ovs-vsctl'));
  assert.ok('uri' in search);
  assert.deepEqual([search.uri, search.querystring], ['/search/index.html', { q: { value: 'ovs-vsctl' } }], 'the query goes on to the page untouched');
});

test('the function redirects a folder asked for without its slash (301), keeping the query as the viewer sent it', () => {
  const cases = {
    '/posts/trunk-ports-on-bond0': '/posts/trunk-ports-on-bond0/',
    '/blog': '/blog/',
    '/blog/search?q=ovs-vsctl': '/blog/search/?q=ovs-vsctl',
    '/search?q=bond%20mode&tag=ahv&tag=ovs': '/search/?q=bond%20mode&tag=ahv&tag=ovs',
  };
  for (const [url, location] of Object.entries(cases)) {
    const result = handler(viewerRequest(url));
    assert.ok('statusCode' in result, `${url} is answered`);
    assert.deepEqual([result.statusCode, result.headers['location']?.value], [301, location], url);
  }
});

test('a model distribution (function, bucket, error responses, policies) answers as every host of the site must', () => {
  const base = '/blog/';
  const bucket = new Set(['blog/index.html', 'blog/posts/x/index.html', 'blog/_astro/page.a1b2.css', 'blog/404.html']);
  const errors = JSON.parse(JSON.stringify(customErrorResponses(base))) as CustomErrorResponses;
  const rules = hostRules(base);
  const behaviour = (uri: string) =>
    rules.immutablePrefixes.some((prefix) => uri.startsWith(prefix)) ? immutableResponseHeadersPolicy(base) : responseHeadersPolicy(base);

  /** What a viewer gets for a URL: the function on the default behaviour, then S3 (403 for a missing key), then the error responses; the policy of the path's cache behaviour. */
  function get(url: string): { status: number; key?: string; location?: string; headers: Record<string, string> } {
    const { request } = viewerRequest(url);
    const policyHeaders = headersOf(behaviour(request.uri));
    const result = rules.immutablePrefixes.some((prefix) => request.uri.startsWith(prefix)) ? request : handler({ request });
    if ('statusCode' in result) return { status: result.statusCode, location: result.headers['location']!.value, headers: policyHeaders };
    const key = result.uri.slice(1);
    if (bucket.has(key)) return { status: 200, key, headers: policyHeaders };
    const error = errors.Items.find((item) => item.ErrorCode === 403)!;
    return { status: Number(error.ResponseCode), key: error.ResponsePagePath.slice(1), headers: policyHeaders };
  }

  assert.deepEqual(get('/blog/posts/x/').key, 'blog/posts/x/index.html');
  assert.deepEqual([get('/blog/posts/x').status, get('/blog/posts/x').location], [301, '/blog/posts/x/']);
  assert.deepEqual([get('/blog/nope/').status, get('/blog/nope/').key], [404, 'blog/404.html']);
  assert.deepEqual([get('/blog/nope').status, get('/blog/nope/').status], [301, 404], 'an unknown folder without its slash ends at the 404 page too');
  assert.equal(get('/blog/posts/x/').headers['cache-control'], rules.revalidateCache);
  assert.equal(get('/blog/_astro/page.a1b2.css').headers['cache-control'], rules.immutableCache);
});
