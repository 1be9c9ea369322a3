// The runner's entry point (action.yml: main: dist/index.js).
import { run } from './main'

void run()
