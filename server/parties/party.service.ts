/** The party registry: trainers register parties (for a course or a scenario); anyone reads. */
import { isObjectIdText } from '../shared/ids';
import type { Connection, Model } from 'mongoose';
import { Types } from 'mongoose';
import type { Clock } from '../clock';
import { CREDIT_RATINGS, type CreditRating, type PartyAddress, type PartyRecord, partyModel } from '../models/party.model';
import { type Connection as Page, type PageArgs, paginate } from '../shared/pagination';
import { type Result, fail, ok } from '../shared/result';
import { type UserError, fieldError, forbidden } from '../shared/user-error';
import { type Caller, hasRole } from './caller';
import { type Role, isRole } from '../models/roles';
import { type TransportMode, checkTransportMode } from '../reference/modes';

export interface RegisterPartyInput {
  code: string;
  name: string;
  roles: string[];
  country: string;
  aeo?: boolean;
  address?: PartyAddress | null;
  scac?: string | null;
  creditRating?: string | null;
  customsCode?: string | null;
  inspectThenStuff?: boolean | null;
  /** the transport modes a carrier serves; required (at least one) for a carrier, refused for others */
  modes?: string[] | null;
}

const CODE_RULE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
const COUNTRY_RULE = /^[A-Z]{2}$/;
const CUSTOMS_CODE_RULE = /^[0-9A-Z]{10}$/;

export function validateParty(input: RegisterPartyInput): UserError[] {
  const errors: UserError[] = [];
  if (!CODE_RULE.test(input.code)) errors.push(fieldError(['input', 'code'], 'party-code', 'must be 2–32 capital letters, digits or dashes'));
  if (input.name.trim().length === 0) errors.push(fieldError(['input', 'name'], 'required', 'must not be empty'));
  if (input.roles.length === 0) errors.push(fieldError(['input', 'roles'], 'required', 'needs at least one role'));
  input.roles.forEach((r, i) => {
    if (!isRole(r)) errors.push(fieldError(['input', 'roles', String(i)], 'known-role', `'${r}' is not a role`));
  });
  if (!COUNTRY_RULE.test(input.country)) errors.push(fieldError(['input', 'country'], 'iso3166-alpha2', 'must be a two-letter ISO 3166 country code'));
  if (input.creditRating != null && !(CREDIT_RATINGS as readonly string[]).includes(input.creditRating)) {
    errors.push(fieldError(['input', 'creditRating'], 'credit-rating', `'${input.creditRating}' is not a customs credit rating: A, B, C or D`));
  }
  if (input.customsCode != null && !CUSTOMS_CODE_RULE.test(input.customsCode)) {
    errors.push(fieldError(['input', 'customsCode'], 'customs-code-format', 'the enterprise customs code (海关编码) is 10 capital letters or digits'));
  }
  errors.push(...modeErrors(input));
  return errors;
}

/** A carrier names the modes it serves (bookings assign it legs of those only); no one else does. */
function modeErrors(input: RegisterPartyInput): UserError[] {
  const modes = input.modes ?? [];
  const errors: UserError[] = [];
  modes.forEach((m, i) => {
    const mode = checkTransportMode(m);
    if (!mode.ok) errors.push(fieldError(['input', 'modes', String(i)], mode.rule, mode.message));
    else if (modes.indexOf(m) !== i) errors.push(fieldError(['input', 'modes', String(i)], 'unique', `${m} is listed twice`));
  });
  const carrier = input.roles.includes('carrier');
  if (carrier && modes.length === 0) errors.push(fieldError(['input', 'modes'], 'required', 'a carrier serves at least one transport mode: name the modes it is registered for'));
  if (!carrier && modes.length > 0) errors.push(fieldError(['input', 'modes'], 'carrier-only', 'only a carrier serves transport modes; leave modes out for a party without the carrier role'));
  return errors;
}

export class PartyService {
  readonly model: Model<PartyRecord>;

  constructor(
    connection: Connection,
    private readonly clock: Clock,
  ) {
    this.model = partyModel(connection);
  }

  /** One page of the registry, by code: every authenticated party may read it (it names who acts in the window). */
  list(_caller: Caller, filter: { role?: Role }, page: PageArgs): Promise<Page<PartyRecord>> {
    return paginate(this.model, filter.role ? { roles: filter.role } : {}, page, { sortBy: 'code' });
  }

  async register(caller: Caller, input: RegisterPartyInput): Promise<Result<PartyRecord, UserError[]>> {
    if (!hasRole(caller, 'trainer')) return fail([forbidden('only a trainer registers parties')]);
    return this.create(input, false);
  }

  /** Registration without a caller: demo seeding and scenario set-up run through here. */
  async create(input: RegisterPartyInput, demo: boolean): Promise<Result<PartyRecord, UserError[]>> {
    const errors = validateParty(input);
    if (errors.length > 0) return fail(errors);
    if (await this.model.exists({ code: input.code })) {
      return fail([{ code: 'DUPLICATE', field: ['input', 'code'], rule: 'unique', message: `input.code: party '${input.code}' already exists` }]);
    }
    const record = {
      _id: new Types.ObjectId(),
      code: input.code,
      name: input.name.trim(),
      roles: input.roles as Role[],
      country: input.country,
      aeo: input.aeo ?? false,
      address: input.address ?? null,
      scac: input.scac ?? null,
      creditRating: (input.creditRating ?? null) as CreditRating | null,
      customsCode: input.customsCode ?? null,
      inspectThenStuff: input.inspectThenStuff ?? false,
      modes: (input.modes ?? []) as TransportMode[],
      demo,
      createdAt: this.clock.now(),
    };
    try {
      await this.model.create(record);
    } catch (err) {
      // Lost a race with an identical registration: the unique index decided.
      if ((err as { code?: number }).code === 11000) {
        return fail([{ code: 'DUPLICATE', field: ['input', 'code'], rule: 'unique', message: `input.code: party '${input.code}' already exists` }]);
      }
      throw err;
    }
    return ok(record);
  }

  async byId(id: string): Promise<PartyRecord | null> {
    if (!isObjectIdText(id)) return null;
    return this.model.findById(id).lean();
  }

  async byCode(code: string): Promise<PartyRecord | null> {
    return this.model.findOne({ code }).lean();
  }
}
