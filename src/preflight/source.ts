// The pre-flight checks of the credential and the source (PF-1, PF-2), pure: from availableProjects
// and the destination project, the only view of the source the Atlas API gives.
import type { AvailableDeployment, AvailableProject } from '../clients/migration'
import { counted } from '../errors'
import type { CheckResult, Finding } from './verdict'
import { checkOf } from './verdict'
import { fcvFindings, versionFindings } from './versions'

/** What the migration will ask for, as far as the checks need it. */
export interface PlannedMigration {
  orgId: string
  projectId: string
  clusterName: string
  sourceClusterName: string
  sourceProjectId?: string
  migrationHost?: string
  sourceSsl?: boolean
  hasSourceCredentials: boolean
  hostnameSchemaType: 'PUBLIC' | 'PRIVATE_LINK' | 'VPC_PEERING'
  shardingEntries: number
}

/** PF-1: the credential reaches the Atlas org (Organization Owner), and the project is in it. */
export function credentialAndScope(plan: PlannedMigration, groupOrgId: string | undefined): CheckResult {
  return checkOf('PF-1', 'Credential and scope', [
    { result: 'pass', evidence: `availableProjects of org ${plan.orgId} answered (Organization Owner)` },
    groupOrgId === plan.orgId
      ? { result: 'pass', evidence: `project ${plan.projectId} is in org ${plan.orgId}` }
      : {
          result: 'fail',
          evidence: `project ${plan.projectId} is in org ${groupOrgId ?? 'unknown'}, not ${plan.orgId}`,
          fix: 'Set project-id to a project of the Atlas org the source is linked to (org-id).'
        }
  ])
}

/** PF-2: the source as availableProjects shows it. Returns the deployment found, if any. */
export function sourceFacts(
  plan: PlannedMigration,
  projects: AvailableProject[]
): { check: CheckResult; deployment?: AvailableDeployment } {
  const candidates = projects.flatMap(project =>
    (project.deployments ?? []).map(deployment => ({ project, deployment }))
  )
  const matches = candidates.filter(
    c =>
      c.deployment.name === plan.sourceClusterName &&
      (plan.sourceProjectId === undefined || c.project.projectId === plan.sourceProjectId)
  )
  if (matches.length !== 1) {
    const listed = candidates.map(c => `${c.project.name} / ${c.deployment.name}`).join(', ') || 'none'
    const projects = matches.map(c => `${c.project.projectId} (${c.project.name})`)
    return {
      check: checkOf('PF-2', 'Source', [
        {
          result: 'fail',
          evidence: `${counted(matches.length, 'deployment')} named ${plan.sourceClusterName} among the org's migration sources (${listed})`,
          fix:
            matches.length === 0
              ? `Check source-cluster-name ${plan.sourceClusterName}, and that the source org is linked and SYNCED (mode link-status).`
              : `Set source-project-id to the project meant: ${orList(projects)}.`
        }
      ])
    }
  }
  const { project, deployment } = matches[0] as (typeof matches)[number]
  const hosts = project.migrationHosts ?? []
  // Said in full: the fix is also the summary's next step, read without the evidence beside it.
  const pickHost =
    hosts.length === 0
      ? `Provision a migration host in Cloud Manager for project ${project.name}.`
      : `Set migration-host to one of project ${project.name}'s migration hosts, exactly as listed: ${orList(hosts)}.`
  const findings: Finding[] = []
  if (plan.migrationHost === undefined) {
    findings.push(
      hosts.length === 1
        ? { result: 'pass', evidence: `migration host ${hosts[0]}` }
        : {
            result: 'fail',
            evidence: `project ${project.name} lists ${counted(hosts.length, 'migration host')} (${hosts.join(', ') || 'none'})`,
            fix: pickHost
          }
    )
  } else if (hosts.includes(plan.migrationHost)) {
    findings.push({ result: 'pass', evidence: `migration host ${plan.migrationHost} listed` })
  } else {
    findings.push({
      result: 'fail',
      evidence: `migration host ${plan.migrationHost} not among ${hosts.join(', ') || 'none'}`,
      fix: pickHost
    })
  }
  findings.push(...versionFindings('source', deployment.mongoDBVersion))
  findings.push(...fcvFindings('source', deployment.mongoDBVersion, deployment.featureCompatibilityVersion))
  if (deployment.managed !== true && !plan.hasSourceCredentials) {
    findings.push({
      result: 'fail',
      evidence: `managed ${deployment.managed ?? 'not reported'}, no source credentials`,
      fix: `Set source-username and source-password: Automation does not manage ${deployment.name}.`
    })
  }
  if (plan.sourceSsl !== undefined && deployment.tlsEnabled !== undefined && plan.sourceSsl !== deployment.tlsEnabled) {
    findings.push({
      result: 'fail',
      evidence: `source-ssl ${plan.sourceSsl}, deployment tlsEnabled ${deployment.tlsEnabled}`,
      fix: `Set source-ssl to ${deployment.tlsEnabled} ("Invalid SSL options provided" otherwise).`
    })
  } else if (deployment.tlsEnabled === undefined && plan.sourceSsl === undefined) {
    findings.push({ result: 'fail', evidence: 'tlsEnabled not reported', fix: 'Set source-ssl (true or false).' })
  }
  return { check: checkOf('PF-2', 'Source', findings), deployment }
}

/** 'a', 'a or b', 'a, b or c'. */
function orList(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`
}
