/**
 * S3 + CloudFront, made from the host rules (host-rules.ts): the response
 * headers policies, in the shape `aws cloudfront create-response-headers-policy
 * --response-headers-policy-config file://…` takes, and the custom error
 * responses that serve the 404 page. `npm run server-config` writes them to
 * server-config/cloudfront/, beside index-rewrite.js (the CloudFront Function for
 * folders and the slash redirect, which needs nothing from here).
 *
 * CloudFront models some security headers itself and refuses them as custom
 * headers, so those go in SecurityHeadersConfig and every other header in
 * CustomHeadersConfig. Cache-Control is per path, and a policy is per cache
 * behaviour: one policy for the default behaviour (revalidate), one for the
 * hashed assets' behaviour (immutable).
 */
import { hostRules } from './host-rules.ts';

type Native = { Override: boolean };

/** The parts of CloudFront's ResponseHeadersPolicyConfig used here. */
export interface ResponseHeadersPolicyConfig {
  Name: string;
  Comment: string;
  SecurityHeadersConfig: {
    ContentTypeOptions?: Native;
    FrameOptions?: Native & { FrameOption: string };
    ReferrerPolicy?: Native & { ReferrerPolicy: string };
    ContentSecurityPolicy?: Native & { ContentSecurityPolicy: string };
  };
  CustomHeadersConfig: { Quantity: number; Items: Array<{ Header: string; Value: string; Override: boolean }> };
}

/** DistributionConfig.CustomErrorResponses. */
export interface CustomErrorResponses {
  Quantity: number;
  Items: Array<{ ErrorCode: number; ResponsePagePath: string; ResponseCode: string }>;
}

/** The values CloudFront accepts for the headers it models (its API refuses others). */
const FRAME_OPTIONS = ['DENY', 'SAMEORIGIN'];
const REFERRER_POLICIES = [
  'no-referrer',
  'no-referrer-when-downgrade',
  'origin',
  'origin-when-cross-origin',
  'same-origin',
  'strict-origin',
  'strict-origin-when-cross-origin',
  'unsafe-url',
];
/** Modelled by CloudFront but not mapped here: a host rule naming one must be mapped below first. */
const UNMAPPED_NATIVE = ['strict-transport-security', 'x-xss-protection'];

function securityHeadersConfig(headers: Readonly<Record<string, string>>): Pick<ResponseHeadersPolicyConfig, 'SecurityHeadersConfig' | 'CustomHeadersConfig'> {
  const security: ResponseHeadersPolicyConfig['SecurityHeadersConfig'] = {};
  const custom: Array<{ Header: string; Value: string; Override: boolean }> = [];
  const refuse = (name: string, value: string, allowed: string[]) => {
    throw new Error(`CloudFront cannot send ${name}: ${value}; it accepts ${allowed.join(', ')}`);
  };
  for (const [name, value] of Object.entries(headers)) {
    switch (name.toLowerCase()) {
      case 'x-content-type-options':
        if (value !== 'nosniff') refuse(name, value, ['nosniff']);
        security.ContentTypeOptions = { Override: true };
        break;
      case 'x-frame-options':
        if (!FRAME_OPTIONS.includes(value)) refuse(name, value, FRAME_OPTIONS);
        security.FrameOptions = { FrameOption: value, Override: true };
        break;
      case 'referrer-policy':
        if (!REFERRER_POLICIES.includes(value)) refuse(name, value, REFERRER_POLICIES);
        security.ReferrerPolicy = { ReferrerPolicy: value, Override: true };
        break;
      case 'content-security-policy':
        security.ContentSecurityPolicy = { ContentSecurityPolicy: value, Override: true };
        break;
      default:
        if (UNMAPPED_NATIVE.includes(name.toLowerCase()))
          throw new Error(`${name} is one of CloudFront's security headers: map it in src/host-config/cloudfront-policy.ts`);
        custom.push({ Header: name, Value: value, Override: true });
    }
  }
  return { SecurityHeadersConfig: security, CustomHeadersConfig: { Quantity: custom.length, Items: custom } };
}

function policy(name: string, comment: string, headers: Readonly<Record<string, string>>): ResponseHeadersPolicyConfig {
  return { Name: name, Comment: comment, ...securityHeadersConfig(headers) };
}

/** For the default cache behaviour: the security headers, and HTML and other unhashed files revalidated. */
export function responseHeadersPolicy(base: string): ResponseHeadersPolicyConfig {
  const rules = hostRules(base);
  return policy('site-headers', 'Security headers; every file revalidated. Written by npm run server-config from src/host-config/host-rules.ts', {
    ...rules.securityHeaders,
    'Cache-Control': rules.revalidateCache,
  });
}

/** For the cache behaviour of each immutable prefix (`/_astro/*`): the security headers, and cached for good. */
export function immutableResponseHeadersPolicy(base: string): ResponseHeadersPolicyConfig {
  const rules = hostRules(base);
  return policy(
    'site-immutable-assets',
    `For ${rules.immutablePrefixes.map((prefix) => `${prefix}*`).join(', ')}: hashed names, cached for good. Written by npm run server-config`,
    {
      ...rules.securityHeaders,
      'Cache-Control': rules.immutableCache,
    },
  );
}

/**
 * The 404 page for a path with no file, with status 404. S3 behind CloudFront
 * answers 403, not 404, for a missing key when CloudFront may not list the
 * bucket (the usual origin access control), so both are mapped.
 */
export function customErrorResponses(base: string): CustomErrorResponses {
  const page = hostRules(base).notFoundPage;
  const items = [403, 404].map((code) => ({ ErrorCode: code, ResponsePagePath: page, ResponseCode: '404' }));
  return { Quantity: items.length, Items: items };
}

/** The generated files of server-config/cloudfront/, by name. */
export function cloudfrontFiles(base: string): Record<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    'response-headers-policy.json': json(responseHeadersPolicy(base)),
    'response-headers-policy-immutable.json': json(immutableResponseHeadersPolicy(base)),
    'custom-error-responses.json': json(customErrorResponses(base)),
  };
}
