# Tansiq as an image: the wheel in a virtual environment, run as a non-root user.
# CI cannot pull base images on its machine, so it does not build this file; it runs the same
# commands (pip wheel, a fresh venv, pip install the wheel, tansiq migrate and run) in
# .ci/wheel-check. Build: docker build -t tansiq . ; run with compose.yaml.
FROM python:3.11-slim-bookworm AS build
WORKDIR /src
COPY . .
RUN pip wheel --no-deps --wheel-dir /wheels . \
 && python -m venv /opt/tansiq/venv \
 && /opt/tansiq/venv/bin/pip install --no-cache-dir -c constraints.txt /wheels/tansiq-*.whl

FROM python:3.11-slim-bookworm
# Pango for the PDF report (WeasyPrint); the chart fonts come with the wheel's dependencies.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --home-dir /var/lib/tansiq --create-home --shell /usr/sbin/nologin tansiq
COPY --from=build /opt/tansiq/venv /opt/tansiq/venv
ENV PATH=/opt/tansiq/venv/bin:$PATH \
    TANSIQ_DATA_DIR=/var/lib/tansiq \
    PYTHONUNBUFFERED=1
USER tansiq
WORKDIR /var/lib/tansiq
VOLUME ["/var/lib/tansiq"]
# The webhook and, for the other roles, HEALTH_PORT.
EXPOSE 8080 8081
STOPSIGNAL SIGTERM
ENTRYPOINT ["tansiq"]
CMD ["run", "--role", "all"]
