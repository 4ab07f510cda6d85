/**
 * CloudFront Function (runtime cloudfront-js-2.0), on viewer request of the
 * distribution's default cache behaviour. S3 holds files, not folders:
 * - "/posts/x/" is the object "posts/x/index.html", so the URI is rewritten to it
 *   (CloudFront's default root object covers "/" only);
 * - "/posts/x", a folder asked for without its slash, is redirected (301) to
 *   "/posts/x/", query kept, as every host of this site does
 *   (src/host-config/host-rules.ts: slashRedirect), so relative URLs resolve
 *   inside the folder. A path whose last part has a dot is a file and passes.
 * A folder that does not exist ends at the 404 page either way (the custom
 * error responses in custom-error-responses.json).
 * It has no base path in it: under /blog/ it works the same.
 * Tested on sample events: tests/unit/host-config/cloudfront-policy.test.ts.
 */

/**
 * @typedef {{ value: string, multiValue?: Array<{ value: string }> }} Field
 * @typedef {{ method: string, uri: string, querystring: Record<string, Field>, headers: Record<string, Field> }} ViewerRequest
 * @typedef {{ statusCode: number, statusDescription: string, headers: Record<string, Field> }} ViewerResponse
 */

/**
 * The query string as the viewer sent it: CloudFront hands over each value
 * still percent-encoded, and a repeated name as multiValue.
 * @param {Record<string, Field>} querystring
 */
function queryOf(querystring) {
  /** @type {string[]} */
  var pairs = [];
  Object.keys(querystring).forEach(function (name) {
    var field = querystring[name];
    if (!field) return;
    (field.multiValue || [field]).forEach(function (one) {
      pairs.push(one.value === '' ? name : name + '=' + one.value);
    });
  });
  return pairs.length > 0 ? '?' + pairs.join('&') : '';
}

/**
 * @param {{ request: ViewerRequest }} event
 * @returns {ViewerRequest | ViewerResponse}
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- CloudFront calls the function named handler
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
    return request;
  }
  var last = uri.slice(uri.lastIndexOf('/') + 1);
  if (last.indexOf('.') === -1) {
    return {
      statusCode: 301,
      statusDescription: 'Moved Permanently',
      headers: { location: { value: uri + '/' + queryOf(request.querystring) } },
    };
  }
  return request;
}
