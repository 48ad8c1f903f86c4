// Runs Debian's nginx in the foreground on loopback with deploy/nginx.conf, in a temporary
// prefix: only the two host-specific lines (listen, root) of the file are changed.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** Why the nginx test cannot run here, or null. Under CI a missing nginx is an error. */
export function nginxMissing(): string | null {
	if (existsSync(NGINX_PATH)) return null;
	const reason = `nginx not found at ${NGINX_PATH} (tests/tools/ensure-nginx.sh installs it with apt; or set NGINX_PATH)`;
	if (process.env.CI === 'true') throw new Error(`${reason}; CI=true, so this is a failure`);
	return reason;
}

/** deploy/nginx.conf with its listen and root lines pointed at this machine. */
export function siteConfig(build: string, port: number): string {
	const config = readFileSync('deploy/nginx.conf', 'utf8');
	const replace = (text: string, pattern: RegExp, by: string) => {
		if (!pattern.test(text)) throw new Error(`deploy/nginx.conf: no line matches ${pattern}`);
		return text.replace(pattern, by);
	};
	let site = replace(config, /^\tlisten 80;$/m, `\tlisten 127.0.0.1:${port};`);
	site = replace(site, /^\tlisten \[::\]:80;\n/m, '');
	return replace(site, /^\troot \/var\/www\/reperes;$/m, `\troot ${resolve(build)};`);
}

export interface Nginx {
	url: string;
	stop(): Promise<void>;
}

export async function startNginx(build: string, port: number): Promise<Nginx> {
	const prefix = mkdtempSync(join(tmpdir(), 'reperes-nginx-'));
	writeFileSync(join(prefix, 'reperes.conf'), siteConfig(build, port));
	const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
		.map((name) => `\t${name}_temp_path ${join(prefix, name)};`)
		.join('\n');
	writeFileSync(
		join(prefix, 'nginx.conf'),
		`daemon off;
worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')} warn;
events { worker_connections 64; }
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	access_log off;
${temp}
	include ${join(prefix, 'reperes.conf')};
}
`
	);
	const child: ChildProcess = spawn(
		NGINX_PATH,
		['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')],
		{ stdio: ['ignore', 'ignore', 'pipe'] }
	);
	let stderr = '';
	child.stderr?.on('data', (chunk) => (stderr += chunk));
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; ; i++) {
		if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
		try {
			await fetch(`${url}/`);
			break;
		} catch {
			if (i > 100) throw new Error(`nginx did not answer on ${url}: ${stderr}`);
			await sleep(100);
		}
	}
	return {
		url,
		stop: async () => {
			const exited = new Promise((done) => child.once('exit', done));
			child.kill('SIGQUIT');
			await exited;
			rmSync(prefix, { recursive: true, force: true });
		}
	};
}
