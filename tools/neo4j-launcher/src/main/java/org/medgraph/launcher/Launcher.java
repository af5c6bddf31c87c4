package org.medgraph.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;

/**
 * Runs a real Neo4j 5.26 Community server (the same bootstrapper as the tarball's
 * {@code bin/neo4j console}: Bolt, the HTTP transactional API, system database, full-text
 * indexes) from jars on Maven Central, so machines without Docker can test against Neo4j.
 *
 * <pre>
 * java -jar target/neo4j-launcher.jar --port 7687 [--http-port 7474|0] [--home DIR]
 *      [--auth false|true] [--password PW] [--pagecache 256m]
 *      [--tx-timeout 600s] [--tx-memory 512m] [--tx-memory-total 700m]
 * </pre>
 *
 * Hardened for a query surface open to callers without a token (medgraph's {@code POST /cypher};
 * the API checks every query's plan, this is the second line): {@code LOAD CSV} cannot read
 * {@code file:} URLs, no plugin procedure is loaded and none runs unrestricted, every transaction
 * ends after {@code --tx-timeout}, and one transaction may hold at most {@code --tx-memory} of
 * heap ({@code --tx-memory-total} for all of them), so a single query cannot take the heap:
 * it fails with a memory-limit error instead. The memory defaults are fractions of the JVM's
 * maximum heap ({@code -Xmx}): half for one transaction, 70% for all.
 *
 * Binds 127.0.0.1 only. With {@code --auth false} (the default, meant for a local
 * throw-away test server) any credentials are accepted, so drivers may pass
 * {@code auth=None} or the usual neo4j/password pair. With {@code --auth true} the
 * {@code neo4j} user's password is set to {@code --password} (default medgraph-dev) on
 * start, without the "change password on first login" step. Data lives in
 * {@code HOME/data} and survives restarts with the same {@code --home}.
 *
 * Prints {@code MEDGRAPH-NEO4J READY bolt://127.0.0.1:PORT http://127.0.0.1:HTTP} once
 * Bolt accepts connections and runs until killed (SIGTERM/SIGINT stop Neo4j cleanly).
 * Neo4j Browser is NOT included (its jar is not published on Maven Central); point a
 * Browser from Neo4j Desktop or https://browser.neo4j.io at the Bolt URL instead.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        int port = Integer.parseInt(opts.getOrDefault("port", "7687"));
        int httpPort = Integer.parseInt(opts.getOrDefault("http-port", "0"));
        boolean auth = Boolean.parseBoolean(opts.getOrDefault("auth", "false"));
        String password = opts.getOrDefault("password", "medgraph-dev");
        Path home = Path.of(opts.getOrDefault("home", "neo4j-home")).toAbsolutePath();
        Files.createDirectories(home.resolve("conf"));
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));
        Files.createDirectories(home.resolve("run"));
        Files.createDirectories(home.resolve("plugins"));
        Files.createDirectories(home.resolve("import"));

        Map<String, String> cfg = new HashMap<>();
        cfg.put("server.directories.data", home.resolve("data").toString());
        cfg.put("server.directories.logs", home.resolve("logs").toString());
        cfg.put("server.directories.run", home.resolve("run").toString());
        cfg.put("server.directories.plugins", home.resolve("plugins").toString());
        cfg.put("server.directories.import", home.resolve("import").toString());
        cfg.put("server.default_listen_address", "127.0.0.1");
        cfg.put("server.default_advertised_address", "127.0.0.1");
        cfg.put("server.bolt.enabled", "true");
        cfg.put("server.bolt.listen_address", "127.0.0.1:" + port);
        cfg.put("server.bolt.advertised_address", "127.0.0.1:" + port);
        cfg.put("server.bolt.tls_level", "DISABLED");
        cfg.put("server.http.enabled", Boolean.toString(httpPort > 0));
        if (httpPort > 0) {
            cfg.put("server.http.listen_address", "127.0.0.1:" + httpPort);
            cfg.put("server.http.advertised_address", "127.0.0.1:" + httpPort);
        }
        cfg.put("server.https.enabled", "false");
        cfg.put("dbms.security.auth_enabled", Boolean.toString(auth));
        cfg.put("server.memory.pagecache.size", opts.getOrDefault("pagecache", "256m"));
        // small, fast-to-create transaction logs: this is a test/dev server
        cfg.put("db.tx_log.preallocate", "false");
        cfg.put("db.tx_log.rotation.retention_policy", "2 files");
        cfg.put("dbms.usage_report.enabled", "false");
        harden(cfg, opts);
        // stop in ~1 s instead of ~10 s (Bolt's graceful-shutdown waits; a test server has no
        // long-lived clients worth waiting for)
        cfg.put("internal.server.bolt.connection_shutdown_wait_time", "1s");
        cfg.put("internal.server.bolt.thread_pool_shutdown_wait_time", "1s");
        cfg.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
        cfg.put("internal.dbms.bolt.netty_server_shutdown_timeout", "2s");

        // conf/neo4j.conf must exist for the bootstrapper; our settings come as overrides
        Path conf = home.resolve("conf").resolve("neo4j.conf");
        if (!Files.exists(conf)) {
            Files.writeString(conf, "# settings are passed by org.medgraph.launcher.Launcher\n");
        }

        // NeoBootstrapper installs its own shutdown hook: SIGTERM/SIGINT stop Neo4j cleanly
        NeoBootstrapper boot = new CommunityBootstrapper();
        int rc = boot.start(home, conf, cfg, false, false);
        if (rc != NeoBootstrapper.OK) {
            System.out.println("MEDGRAPH-NEO4J FAILED exit code " + rc + " (see " + home.resolve("logs") + ")");
            System.out.flush();
            System.exit(rc);
        }
        if (auth) {
            try {
                setPassword(boot.getDatabaseManagementService(), password);
            } catch (RuntimeException e) {
                System.out.println("MEDGRAPH-NEO4J FAILED could not set the neo4j password: " + e.getMessage());
                System.out.flush();
                boot.stop();
                System.exit(1);
            }
        }
        System.out.println("MEDGRAPH-NEO4J READY bolt://127.0.0.1:" + port
                + (httpPort > 0 ? " http://127.0.0.1:" + httpPort : "")
                + " auth=" + auth + " home=" + home);
        System.out.flush();
        new CountDownLatch(1).await(); // until the JVM is asked to exit
    }

    /**
     * The defence-in-depth settings (names as in Neo4j 5.26's GraphDatabaseSettings). Why each:
     * file-URL CSV import would let a read query read the import folder back; a plugin
     * procedure (APOC, if someone drops one into plugins/) could write or fetch URLs; a
     * query with no time or memory bound could hold a CPU or the whole heap.
     */
    static void harden(Map<String, String> cfg, Map<String, String> opts) {
        long heap = Runtime.getRuntime().maxMemory();
        cfg.put("dbms.security.allow_csv_import_from_file_urls", "false");
        // only the read-only introspection procedures of plugins would load (built-in ones are
        // not affected); nothing bypasses security
        cfg.put("dbms.security.procedures.allowlist",
                opts.getOrDefault("procedures", "db.labels,db.relationshipTypes,db.propertyKeys,db.schema.*"));
        cfg.put("dbms.security.procedures.unrestricted", "");
        cfg.put("db.transaction.timeout", opts.getOrDefault("tx-timeout", "600s"));
        cfg.put("db.memory.transaction.max", opts.getOrDefault("tx-memory", (heap / 2 / (1024 * 1024)) + "m"));
        cfg.put("db.memory.transaction.total.max",
                opts.getOrDefault("tx-memory-total", (heap * 7 / 10 / (1024 * 1024)) + "m"));
    }

    /** Sets the neo4j user's password through the embedded system database (no auth check there). */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database("system");
        Map<String, Object> params = new HashMap<>();
        params.put("pw", password);
        try {
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", params);
        } catch (RuntimeException e) {
            // restart with the same --home and --password: already set, nothing to do
            String msg = String.valueOf(e.getMessage()).toLowerCase();
            if (!(msg.contains("same") || msg.contains("old password"))) {
                throw e;
            }
        }
    }

    private static Map<String, String> parse(String[] args) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + a);
            }
            String key = a.substring(2);
            String value;
            int eq = key.indexOf('=');
            if (eq >= 0) {
                value = key.substring(eq + 1);
                key = key.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("missing value for " + a);
            }
            out.put(key, value);
        }
        return out;
    }
}
