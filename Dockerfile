# Meldwijzer, production image. Embedded mode: one container per DATA_DIR volume. Scaled mode: set DATABASE_URL and
# REDIS_URL and run as many containers as needed (compose.yaml; README, "More than one instance").
# Build: docker build -t meldwijzer .     Run: see README, "Production build".
# The run stage holds what `npm run smoke:prod` (scripts/smoke-prod.ts) starts the compiled bot from, and that
# script checks that this file's last stage copies the same files (its RUNTIME_FILES).

# ---- build: every dependency, TypeScript compiled to dist/ ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY vendor ./vendor
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY bot ./bot
COPY cards ./cards
RUN npm run build

# ---- run: production dependencies only, plain node (no tsx), not root ----
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
COPY vendor ./vendor
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY knowledge ./knowledge
# The PostgreSQL schema of the scaled mode, applied at start (node-pg-migrate).
COPY migrations ./migrations
# The data files live on a volume; the image's own user "node" owns it.
RUN mkdir -p /data && chown node:node /data
ENV DATA_DIR=/data PORT=3978
USER node
VOLUME /data
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))"]
# node itself is PID 1 and gets the runtime's SIGTERM: the bot stops cleanly (flushes its files, frees the lock).
CMD ["node", "dist/bot/main.js"]
