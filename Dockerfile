# reportdesk: built JavaScript on Node 20, run as a non-root user, with a health check on /health.
# Build: docker build -t reportdesk .    Run: docker run --env-file .env -p 3000:3000 reportdesk
# (Not built on the development machine, which has no Docker: see README "Running in containers".)

# 1. Build: install everything (TypeScript included) and compile src/ to dist/.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# bin/ for the prepare script (bin/build-if-stale.js), which npm ci runs: with no src/ yet it does nothing.
COPY package.json package-lock.json ./
COPY bin ./bin
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# 2. Production dependencies only.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY bin ./bin
RUN npm ci --omit=dev --no-audit --no-fund

# 3. Run: dist/, production node_modules and the reports; no compiler, no sources, no root.
FROM node:20-bookworm-slim
# The embedded store (used when DATABASE_URL is unset) lives in a volume the unprivileged user can write.
ENV NODE_ENV=production PORT=3000 DATA_DIR=/app/data STORE_PATH=/app/state/reportdesk-store.db
WORKDIR /app
RUN mkdir -p /app/state && chown node:node /app/state
VOLUME /app/state
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY data ./data
USER node
EXPOSE 3000
# /health answers 200 while the process is alive; /ready (reports loaded, Slack and the store reachable) is for the
# load balancer.
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM (docker stop) lets answers in flight finish within SHUTDOWN_TIMEOUT_MS (default 10 s, under Docker's 10 s
# stop grace period: raise stop_grace_period with it).
CMD ["node", "--no-regexp-tier-up", "dist/start.js"]
