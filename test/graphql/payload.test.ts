import { GraphQLError } from 'graphql';
import { payload, userErrorsOf } from '../../server/graphql/payload';
import { fail, ok } from '../../server/shared/result';
import { fieldError, forbidden, notFound } from '../../server/shared/user-error';

describe('payload', () => {
  it('puts a success value under the key, with no userErrors', async () => {
    await expect(payload(ok({ code: 'CQ-MOTO' }), 'party')).resolves.toEqual({ party: { code: 'CQ-MOTO' }, userErrors: [] });
  });

  it('awaits a pending result', async () => {
    await expect(payload(Promise.resolve(ok(7)), 'count')).resolves.toEqual({ count: 7, userErrors: [] });
  });

  it('shapes a success value into several fields', async () => {
    const result = ok({ token: 'yd_x', record: { id: 1 } });
    await expect(payload(result, (v) => ({ token: v.token, apiToken: v.record }))).resolves.toEqual({
      token: 'yd_x',
      apiToken: { id: 1 },
      userErrors: [],
    });
  });

  it('returns business failures as userErrors, without the result fields', async () => {
    const errors = [fieldError(['input', 'code'], 'party-code', 'bad'), notFound('no such party')];
    await expect(payload(fail(errors), 'party')).resolves.toEqual({ userErrors: errors });
  });

  it('throws FORBIDDEN instead of returning it, even beside other failures', async () => {
    const errors = [fieldError(['label'], 'required', 'empty'), forbidden('a party issues tokens only for itself')];
    const thrown = await payload(fail(errors), 'apiToken').catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(GraphQLError);
    expect(thrown).toMatchObject({ message: 'a party issues tokens only for itself', extensions: { code: 'FORBIDDEN' } });
  });

  it('leaves other failures to userErrorsOf callers untouched', () => {
    const errors = [notFound('x')];
    expect(userErrorsOf(errors)).toBe(errors);
  });
});
