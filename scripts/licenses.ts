// The licences of what dist/ bundles, as ncc lists them in dist/licenses.txt, against an allow-list
// of permissive licences: a dependency update that brings in anything else fails the tests.

/** SPDX identifiers that may ship inside dist/. */
export const ALLOWED_LICENSES = ['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD']

export interface BundledLicense {
  name: string
  license: string
}

const PACKAGE_NAME = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/
const LICENSE_ID = /^[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*$|^\(.*\)$/

/**
 * ncc writes one entry per package: its name, its licence on the next line, then the licence text,
 * entries separated by a blank line. Licence texts hold blank lines too, so an entry is only where
 * a package name follows a blank line and a licence identifier follows it, for a package that is
 * installed (the check passed in).
 */
export function parseLicenses(text: string, isPackage: (name: string) => boolean): BundledLicense[] {
  const lines = text.split(/\r?\n/)
  const entries: BundledLicense[] = []
  for (let i = 0; i + 1 < lines.length; i++) {
    const name = lines[i] as string
    const license = (lines[i + 1] as string).trim()
    if ((i === 0 || lines[i - 1] === '') && PACKAGE_NAME.test(name) && LICENSE_ID.test(license) && isPackage(name)) {
      entries.push({ name, license })
    }
  }
  return entries
}

/** Whether an SPDX expression allows use under an allowed licence (any OR branch may). */
export function isAllowed(expression: string): boolean {
  const branches = expression.replace(/^\(|\)$/g, '').split(/ OR /)
  return branches.some(branch => branch.split(/ AND /).every(id => ALLOWED_LICENSES.includes(id.trim())))
}
