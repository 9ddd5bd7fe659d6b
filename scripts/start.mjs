// `npm start`: install, build and serve the app on http://localhost:4173.
import { ensureDependencies, run } from './run-command.mjs';

ensureDependencies();
run('npx', ['vite', 'build']);
run('npx', ['vite', 'preview', '--port', '4173', '--strictPort', '--host', '127.0.0.1']);
