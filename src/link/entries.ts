// The link family's entries (create a link token, link the source organization, its status,
// unlink, delete the tokens), spread into registry.ts's list.
import type { ModeEntry } from '../mode'
import { atlasRows, CREDENTIALS, host, sourceRows } from '../mode'

// One chunk for the family (the link modes use the tokens' code): no code of theirs loaded twice.
const tokens = () => import(/* webpackChunkName: "link" */ './tokens')
const link = () => import(/* webpackChunkName: "link" */ './link')

export const LINK_MODES: {
  'create-link-token': ModeEntry<'create-link-token'>
  'link-org': ModeEntry<'link-org'>
  'create-and-link': ModeEntry<'create-and-link'>
  'link-status': ModeEntry<'link-status'>
  'unlink-org': ModeEntry<'unlink-org'>
  'delete-link-token': ModeEntry<'delete-link-token'>
} = {
  'create-link-token': {
    family: 'link',
    does: 'create a link token in an Atlas organization',
    inputs: ['org-id', ...CREDENTIALS, 'api-version', 'access-list-ips'],
    parse: kit => ({
      mode: 'create-link-token',
      orgId: kit.orgId(),
      atlas: kit.endpoint('org-id'),
      apiVersion: kit.apiVersion(),
      accessListIps: kit.accessListIps()
    }),
    load: async () => (await tokens()).createLinkTokenMode,
    rows: atlasRows
  },
  'link-org': {
    family: 'link',
    does: 'link a Cloud Manager / Ops Manager organization with a link token',
    inputs: ['org-id', ...CREDENTIALS, 'link-token', 'wait-for-sync', 'wait-timeout-seconds'],
    parse: kit => ({
      mode: 'link-org',
      orgId: kit.orgId(),
      source: kit.endpoint('org-id'),
      linkToken: kit.required('link-token', 'the link token from a create-link-token step'),
      waitForSync: kit.waitForSync()
    }),
    load: async () => (await link()).linkOrg,
    rows: sourceRows
  },
  'create-and-link': {
    family: 'link',
    does: 'create a link token and link the source organization with it, in one step',
    inputs: [
      'org-id',
      ...CREDENTIALS,
      'source-org-id',
      'source-public-key',
      'source-private-key',
      'source-base-url',
      'api-version',
      'access-list-ips',
      'wait-for-sync',
      'wait-timeout-seconds',
      'delete-token-on-failure'
    ],
    parse: kit => {
      const orgId = kit.orgId()
      const sourceOrgId = kit.orgId('source-org-id')
      const deleteTokenOnFailure = kit.boolean('delete-token-on-failure', false)
      if (deleteTokenOnFailure) {
        kit.warnings.push(
          `delete-token-on-failure is true: if the link fails, every link token of Atlas org ${orgId} is deleted, with its organization link (org-wide: other source organizations' links made with its tokens stop working).`
        )
      }
      return {
        mode: 'create-and-link',
        orgId,
        atlas: kit.endpoint('org-id'),
        apiVersion: kit.apiVersion(),
        accessListIps: kit.accessListIps(),
        sourceOrgId,
        source: kit.sourceEndpoint(),
        waitForSync: kit.waitForSync(),
        deleteTokenOnFailure
      }
    },
    load: async () => (await link()).createAndLink,
    rows: c => [
      ['Atlas organization', c.orgId],
      ['Atlas host', host(c.atlas.baseUrl)],
      ['Source organization', c.sourceOrgId],
      ['Source host', host(c.source.baseUrl)]
    ]
  },
  'link-status': {
    family: 'link',
    does: "read the source organization's link status",
    inputs: ['org-id', ...CREDENTIALS],
    parse: kit => ({ mode: 'link-status', orgId: kit.orgId(), source: kit.endpoint('org-id') }),
    load: async () => (await link()).linkStatus,
    rows: sourceRows
  },
  'unlink-org': {
    family: 'link',
    does: "remove the source organization's link",
    inputs: ['org-id', ...CREDENTIALS],
    parse: kit => ({ mode: 'unlink-org', orgId: kit.orgId(), source: kit.endpoint('org-id') }),
    load: async () => (await link()).unlinkOrg,
    rows: sourceRows
  },
  'delete-link-token': {
    family: 'link',
    does: 'delete every link token of an Atlas organization, with its organization link',
    inputs: ['org-id', ...CREDENTIALS, 'api-version'],
    parse: kit => ({
      mode: 'delete-link-token',
      orgId: kit.orgId(),
      atlas: kit.endpoint('org-id'),
      apiVersion: kit.apiVersion()
    }),
    load: async () => (await tokens()).deleteLinkTokens,
    rows: atlasRows
  }
}
