# stepbot in a container (docs/operations.md): `stepbot run` as a non-root user, the configuration
# mounted at /etc/stepbot, state (the acceptance log, a SQLite database if used) in /var/lib/stepbot.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 STEPBOT_CONFIG=/etc/stepbot
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /var/lib/stepbot --shell /usr/sbin/nologin stepbot
WORKDIR /opt/stepbot
COPY pyproject.toml README.md requirements.lock ./
COPY bot ./bot
COPY handlers ./handlers
COPY templates ./templates
COPY docs/protocols ./docs/protocols
RUN pip install --no-cache-dir -c requirements.lock .
USER stepbot
WORKDIR /var/lib/stepbot
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8080/healthz').status == 200 else 1)"
CMD ["stepbot", "run"]
