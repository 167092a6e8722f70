# Production image: built with Maven, run on a JRE as an unprivileged user from a root-owned, read-only /app.
# The runnable jar is the production one: it leaves the embedded MongoDB server out (a replica set is required).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies in their own layer, rebuilt only when a pom changes. Every module's pom is needed: Maven resolves
# the whole reactor.
COPY pom.xml .
COPY oversight-core/pom.xml oversight-core/
COPY oversight-reports/pom.xml oversight-reports/
COPY oversight-api/pom.xml oversight-api/
COPY oversight-benchmarks/pom.xml oversight-benchmarks/
RUN mvn -B -q dependency:go-offline
COPY oversight-core/src oversight-core/src
COPY oversight-reports/src oversight-reports/src
COPY oversight-api/src oversight-api/src
RUN mvn -B -q -DskipTests -pl oversight-api -am package \
 && java -Djarmode=tools -jar oversight-api/target/sanctuary-oversight-production.jar \
        extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --no-create-home --home-dir /app --shell /usr/sbin/nologin oversight
WORKDIR /app
# One layer per rate of change (Spring Boot's layered jar): dependencies change least, the application most.
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
# /app stays root-owned and read-only for the service; secrets arrive under /run/secrets, temporary files in /tmp.
USER oversight
EXPOSE 8080
ENV SERVER_PORT=8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=90s --retries=3 \
  CMD ["java", "-cp", "/app/BOOT-INF/classes", "org.sanctuaryoversight.app.platform.HealthProbe", "http://127.0.0.1:8080/actuator/health/readiness"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Djava.io.tmpdir=/tmp", "org.springframework.boot.loader.launch.JarLauncher"]
