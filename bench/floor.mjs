// The floor for one full call: what create-link-token must do at the least, with nothing but
// node:http and node:crypto: one request that draws the Digest challenge, one answered request,
// both on one keep-alive connection. Plain JavaScript, so Node strips no types.
import { createHash, randomBytes } from 'node:crypto'
import { Agent, request } from 'node:http'

const { FLOOR_URL: base, FLOOR_ORG: org, FLOOR_USER: user, FLOOR_PASSWORD: password } = process.env
const agent = new Agent({ keepAlive: true, maxSockets: 1 })
const path = `/api/atlas/v2/orgs/${org}/liveMigrations/linkTokens`
const type = 'application/vnd.atlas.2023-01-01+json'
const md5 = text => createHash('md5').update(text).digest('hex')

function post(authorization) {
  return new Promise((resolve, reject) => {
    const headers = { accept: type, 'content-type': type, 'content-length': 2 }
    if (authorization) headers.authorization = authorization
    const req = request(`${base}${path}`, { method: 'POST', agent, headers }, res => {
      const chunks = []
      res.on('data', chunk => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() })
      )
    })
    req.on('error', reject)
    req.end('{}')
  })
}

const challenge = await post()
const header = challenge.headers['www-authenticate']
const field = name => new RegExp(`${name}="?([^",]*)"?`).exec(header)?.[1] ?? ''
const [realm, nonce, nc, cnonce] = [field('realm'), field('nonce'), '00000001', randomBytes(16).toString('hex')]
const response = md5(`${md5(`${user}:${realm}:${password}`)}:${nonce}:${nc}:${cnonce}:auth:${md5(`POST:${path}`)}`)
const answer = await post(
  `Digest username="${user}", realm="${realm}", nonce="${nonce}", uri="${path}", qop=auth, nc=${nc}, cnonce="${cnonce}", response="${response}", algorithm=MD5`
)
if (answer.status !== 201) throw new Error(`floor: HTTP ${answer.status}`)
process.stdout.write(`::add-mask::${JSON.parse(answer.body).linkToken}\n`)
agent.destroy()
