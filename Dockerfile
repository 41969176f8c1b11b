# 明镜 Mingjing app image (docker-compose.yml `app`): Node 20 runs the CLI from the TypeScript sources (tsx,
# no build step). On start it checks NEO4J_URI / REDIS_URL and applies the schema (`mingjing up`), then serves.
FROM node:20-bookworm-slim

WORKDIR /app
ENV NODE_ENV=production MINGJING_HOME=/data

COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund && npm cache clean --force

COPY . .
RUN mkdir -p /data && chown node:node /data
USER node

EXPOSE 8080
# = `npx mingjing up && npx mingjing serve`, without npx between the signal and node.
CMD ["sh", "-c", "node bin/mingjing.cjs up && exec node bin/mingjing.cjs serve"]
