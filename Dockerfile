# Production image: build with Maven, run on a JRE as an unprivileged user.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY oversight-core/pom.xml oversight-core/
COPY oversight-reports/pom.xml oversight-reports/
COPY oversight-api/pom.xml oversight-api/
RUN mvn -B -q dependency:go-offline -DskipTests || true
COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home /app oversight
WORKDIR /app
COPY --from=build /src/oversight-api/target/sanctuary-oversight-exec.jar /app/sanctuary-oversight.jar
USER oversight
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD wget -qO- http://127.0.0.1:8080/actuator/health/liveness >/dev/null 2>&1 || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/sanctuary-oversight.jar"]
