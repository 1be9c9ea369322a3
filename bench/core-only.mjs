// The reference for cold start: a bundle of @actions/core alone, rejecting a bad org-id.
import { getInput, setFailed } from '@actions/core'

if (!/^[a-f0-9]{24}$/.test(getInput('org-id'))) setFailed("Input 'org-id' must be 24 hexadecimal characters")
