package org.scamgraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j 5.26 Community embedded with only the Bolt connector on 127.0.0.1.
 * Owns the database's safety settings; the Node side (scripts/neo4j-local.ts) owns its lifecycle.
 * Arguments: none. Environment: NEO4J_HOME (data folder), NEO4J_BOLT_PORT, NEO4J_PASSWORD,
 * NEO4J_PAGECACHE_MB, NEO4J_TX_TIMEOUT_S, NEO4J_TX_MAX_MB, NEO4J_PLUGIN_DIR (Graph Data Science's jars;
 * unset or blank: no plugins, as a server without GDS).
 */
public final class Launcher {
    private static final long MB = 1024L * 1024L;

    public static void main(String[] args) {
        Path home = Path.of(env("NEO4J_HOME", "./.neo4j")).toAbsolutePath();
        int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
        String password = env("NEO4J_PASSWORD", "scamgraph-local");

        // Only `npm run bench` sets this, on its own throwaway instance, to time LOAD CSV against our import.
        String importDir = System.getenv("NEO4J_BENCH_IMPORT_DIR");
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        if (importDir != null && !importDir.isBlank()) {
            builder.setConfig(GraphDatabaseSettings.load_csv_file_url_root, Path.of(importDir).toAbsolutePath());
        }
        // Embedded Neo4j registers procedures only from jars in plugin_dir (the same jars are on the classpath for
        // GDS's ServiceLoader extensions). GDS reads the kernel directly, so its procedures must be unrestricted.
        String pluginDir = System.getenv("NEO4J_PLUGIN_DIR");
        if (pluginDir != null && !pluginDir.isBlank()) {
            builder.setConfig(GraphDatabaseSettings.plugin_dir, Path.of(pluginDir).toAbsolutePath());
            builder.setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"));
        } else {
            // Not the default home/plugins: a stray jar there must not bring procedures the operator did not ask for.
            builder.setConfig(GraphDatabaseSettings.plugin_dir, home.resolve("no-plugins"));
        }
        DatabaseManagementService dbms = builder
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            // A runaway query must end; the API sets shorter per-query timeouts on top of this.
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(Long.parseLong(env("NEO4J_TX_TIMEOUT_S", "60"))))
            // Sized for a 2-core / 24 GB machine that also runs the API, the browser and the build.
            .setConfig(GraphDatabaseSettings.pagecache_memory, Long.parseLong(env("NEO4J_PAGECACHE_MB", "512")) * MB)
            .setConfig(GraphDatabaseSettings.memory_transaction_max_size, Long.parseLong(env("NEO4J_TX_MAX_MB", "512")) * MB)
            .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, 2L * Long.parseLong(env("NEO4J_TX_MAX_MB", "512")) * MB)
            // Second wall behind the API's read-only guard: no local files, no network, no telemetry.
            .setConfig(GraphDatabaseSettings.allow_file_urls, importDir != null && !importDir.isBlank())
            .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            .build();

        // Ctrl-C, SIGTERM and a closed stdin all end here: shutdown() checkpoints, so no committed data is lost.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("neo4j-local: stopping");
            dbms.shutdown();
            System.out.println("neo4j-local: stopped");
        }, "neo4j-shutdown"));

        try {
            setPassword(dbms, password);
        } catch (RuntimeException e) {
            // One line the Node side can show as it is; the shutdown hook still closes the store.
            System.out.println("FAILED " + e.getMessage());
            System.exit(2);
        }
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();
        exitWhenParentGoes();
    }

    /** Auth is on: the built-in neo4j user gets the password from the environment on every start. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system").executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the value it already has; that is the state we want.
            String msg = String.valueOf(e.getMessage());
            if (!msg.contains("cannot be the same")) throw e;
        }
    }

    /** The launching process holds our stdin; when it dies without signalling us, we still stop cleanly. */
    private static void exitWhenParentGoes() {
        if (!"1".equals(System.getenv("NEO4J_WATCH_STDIN"))) return;
        Thread t = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() != -1) { /* drain */ }
            } catch (IOException ignored) {
                // stdin broke: same as closed
            }
            System.exit(0);
        }, "parent-watch");
        t.setDaemon(true);
        t.start();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
