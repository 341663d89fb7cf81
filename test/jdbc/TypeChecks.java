import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.util.PGobject;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What a BI tool sees besides query results: the function list of
 * DatabaseMetaData with the extension's comments, errors raised by bad
 * input, and the connection settings that change how kpi's types travel.
 */
final class TypeChecks {
	/** One COMMENT ON FUNCTION or COMMENT ON AGGREGATE of the install script. */
	record Comment(String kind, String name, String arguments, String text) {
		/** The signature in the form regprocedure reads, in the given schema. */
		String signature(String schema) {
			return schema + "." + name + "(" + arguments.replace("@extschema@.", schema + ".") + ")";
		}
	}

	/** A COMMENT line of kpi--1.0.sql (every one is on a single line). */
	private static final Pattern COMMENT_LINE = Pattern.compile(
			"^COMMENT ON (FUNCTION|AGGREGATE) @extschema@\\.(\\w+)\\((.*)\\) IS '(.*)';$");

	private static final String TARGET_HINT = "Valid targets look like \"> 7\", \"<= 5%\", "
			+ "\"< 6 min warn 8 min\" or \">= 80% warn 70%\".";

	private final Connection connection;
	private final Checks checks;
	private final String url;
	private final Configuration configuration;

	/** Checks over the plain (BI tool) connection of one configuration. */
	TypeChecks(Connection connection, Checks checks, String url, Configuration configuration) {
		this.connection = connection;
		this.checks = checks;
		this.url = url;
		this.configuration = configuration;
	}

	/** The comments of the install script, in file order. */
	static List<Comment> readComments(Path installScript) throws IOException {
		return Files.readAllLines(installScript).stream()
				.map(COMMENT_LINE::matcher)
				.filter(Matcher::matches)
				.map(m -> new Comment(m.group(1), m.group(2), m.group(3), m.group(4).replace("''", "'")))
				.toList();
	}

	/**
	 * DatabaseMetaData.getFunctions, what BI tools fill their function
	 * pickers from: every function of the install script is listed under
	 * its name with its COMMENT as REMARKS. The 42.5 driver lists only
	 * plain functions (pg_proc.prokind = 'f' on PostgreSQL 11 and later),
	 * so the aggregates (nps, csat, ...) and the window functions
	 * (kpi_contribution, ..., prokind 'w') are not there at all; their
	 * comments are checked in pg_description, where a tool can query them.
	 */
	void functionComments(List<Comment> comments) throws SQLException {
		String schema = extensionSchema();
		DatabaseMetaData metaData = connection.getMetaData();
		Map<String, Map<String, String>> listed = new HashMap<>();	// name -> specific name -> remarks
		Map<String, Integer> functionTypes = new HashMap<>();
		int plain = 0;
		int aggregates = 0;
		int windows = 0;
		try (PreparedStatement lookup = connection.prepareStatement(
				"SELECT p.proname || '_' || p.oid, p.prokind, obj_description(p.oid, 'pg_proc'), p.proretset"
						+ " FROM pg_proc p WHERE p.oid = ?::regprocedure")) {
			for (Comment comment : comments) {
				String signature = comment.signature(schema);
				Map<String, String> remarks = listed.get(comment.name());
				if (remarks == null) {
					remarks = new LinkedHashMap<>();
					try (ResultSet functions = metaData.getFunctions(null, schema, comment.name())) {
						while (functions.next()) {
							remarks.put(functions.getString("SPECIFIC_NAME"), functions.getString("REMARKS"));
							functionTypes.put(functions.getString("SPECIFIC_NAME"),
									functions.getInt("FUNCTION_TYPE"));
						}
					}
					listed.put(comment.name(), remarks);
				}
				lookup.setString(1, signature);
				try (ResultSet function = lookup.executeQuery()) {
					if (!function.next()) {
						checks.fail("function " + signature, "not in pg_proc");
						continue;
					}
					String specificName = function.getString(1);
					String kind = function.getString(2);
					checks.equal("pg_description of " + signature, comment.text(), function.getString(3));
					if (comment.kind().equals("AGGREGATE")) {
						aggregates++;
						checks.equal("prokind of " + signature, "a", kind);
						checks.equal("getFunctions lists aggregate " + signature, false,
								remarks.containsKey(specificName));
					} else if (kind.equals("w")) {
						windows++;
						checks.equal("getFunctions lists window function " + signature, false,
								remarks.containsKey(specificName));
					} else {
						plain++;
						checks.equal("prokind of " + signature, "f", kind);
						checks.equal("getFunctions REMARKS of " + signature, comment.text(),
								remarks.get(specificName));
						// a set-returning function (erlang_c_table) returns a table
						checks.equal("getFunctions FUNCTION_TYPE of " + signature,
								function.getBoolean(4) ? DatabaseMetaData.functionReturnsTable
										: DatabaseMetaData.functionNoTable,
								functionTypes.get(specificName));
					}
				}
			}
		}
		checkEveryFunctionCommented(plain, aggregates, windows);
	}

	/**
	 * That the install script's comments cover the extension: as many
	 * plain functions and aggregates as pg_depend lists for it, none
	 * without a comment.
	 */
	private void checkEveryFunctionCommented(int plain, int aggregates, int windows) throws SQLException {
		String sql = """
			SELECT count(*) FILTER (WHERE p.prokind = 'f'),
			       count(*) FILTER (WHERE p.prokind = 'a'),
			       count(*) FILTER (WHERE obj_description(p.oid, 'pg_proc') IS NULL),
			       count(*) FILTER (WHERE p.prokind = 'w')
			  FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid
			 WHERE d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
			   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'kpi')""";
		try (Statement statement = connection.createStatement();
				ResultSet counts = statement.executeQuery(sql)) {
			counts.next();
			checks.equal("functions of the extension, all commented in kpi--1.0.sql", (long) plain,
					counts.getLong(1));
			checks.equal("aggregates of the extension, all commented in kpi--1.0.sql", (long) aggregates,
					counts.getLong(2));
			checks.equal("functions of the extension without a comment", 0L, counts.getLong(3));
			checks.equal("window functions of the extension, all commented", (long) windows,
					counts.getLong(4));
		}
	}

	/** The schema the extension was created in. */
	private String extensionSchema() throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet schema = statement.executeQuery(
						"SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'kpi'")) {
			schema.next();
			return schema.getString(1);
		}
	}

	/**
	 * A bad target literal, passed as a string to a statement that is
	 * already prepared on the server, is an SQLException with SQLSTATE
	 * 22P02 whose message quotes the literal and whose DETAIL and HINT say
	 * what is wrong and what would be right; so is a valid literal with
	 * the wrong overload (22023). The same statement works afterwards.
	 */
	void badTargetLiteral() throws SQLException {
		try (PreparedStatement status = connection.prepareStatement("SELECT kpi_status(?, ?::kpi_target)")) {
			for (int run = 1; run <= 6; run++)
				// 50 misses ">= 80%" but meets the warning threshold 40
				checks.equal("kpi_status(50, '>= 80% warn 40%') #" + run, "at_risk",
						status(status, 50.0, ">= 80% warn 40%"));
			expectError("kpi_status with target '=> 80%'", () -> status(status, 50.0, "=> 80%"),
					"22P02", "invalid input syntax for type kpi_target: \"=> 80%\"",
					"A target starts with a comparator: >=, >, <= or <.", TARGET_HINT);
			checks.equal("kpi_status after the bad literal", "at_risk", status(status, 50.0, ">= 80% warn 40%"));
			expectError("kpi_status(5, '< 6 min'): a number against a duration target",
					() -> status(status, 5.0, "< 6 min"), "22023",
					"kpi_status: a duration target needs an interval value",
					"The target is \"< 6 min\".",
					"Call kpi_status(interval, kpi_target), e.g. with avg_handle_time(...) or an interval cast.");
			checks.equal("kpi_status after the wrong overload", "at_risk", status(status, 50.0, ">= 80% warn 40%"));
		}
		PGobject badTarget = new PGobject();
		badTarget.setType("kpi_target");
		badTarget.setValue("> 80% warn 90%");
		expectError("a PGobject target '> 80% warn 90%'", () -> {
			try (PreparedStatement statement = connection.prepareStatement("SELECT kpi_goal(?)")) {
				statement.setObject(1, badTarget);
				statement.executeQuery().close();
			}
		}, "22P02", "invalid input syntax for type kpi_target: \"> 80% warn 90%\"",
				"With > or >= (higher is better) the warning threshold must be below the goal.", TARGET_HINT);
		checkUsable("after the bad PGobject target");
	}

	/** Runs kpi_status(value, target) on a prepared statement. */
	private static String status(PreparedStatement statement, double value, String target) throws SQLException {
		statement.setDouble(1, value);
		statement.setString(2, target);
		try (ResultSet result = statement.executeQuery()) {
			result.next();
			return result.getString(1);
		}
	}

	/**
	 * An NPS answer of 11 is an SQLException with SQLSTATE 22003 naming
	 * the function and the scale, the value in DETAIL; then the same
	 * statement and the connection work. Inside a transaction the error
	 * aborts it (25P02 until rollback), after which the connection works.
	 */
	void scoreOutOfRange() throws SQLException {
		String sql = "SELECT nps(score) FROM (VALUES (?), (10)) AS answers(score)";
		try (PreparedStatement nps = connection.prepareStatement(sql)) {
			for (int run = 1; run <= 6; run++)
				// 9 and 10: two promoters of 2 answers -> 100 * 2 / 2
				checks.equal("nps of 9 and 10 #" + run, 100.0, nps(nps, 9));
			expectError("nps of 11 and 10", () -> nps(nps, 11), "22003",
					"nps: score must be between 0 and 10", "Got 11.", null);
			// 0 and 10: a detractor and a promoter -> 100 * (1 - 1) / 2
			checks.equal("nps after the error", 0.0, nps(nps, 0));
		}
		checkUsable("after the out-of-range score");

		connection.setAutoCommit(false);
		try (PreparedStatement nps = connection.prepareStatement(sql)) {
			expectError("nps of 11 in a transaction", () -> nps(nps, 11), "22003",
					"nps: score must be between 0 and 10", "Got 11.", null);
			expectError("a query in the failed transaction", () -> nps(nps, 9), "25P02",
					"current transaction is aborted", null, null);
			connection.rollback();
			checks.equal("nps after rollback", 100.0, nps(nps, 9));
			connection.commit();
		} finally {
			connection.setAutoCommit(true);
		}
		checkUsable("after the failed transaction");
	}

	/** Runs the nps statement with one answer besides the 10. */
	private static double nps(PreparedStatement statement, int score) throws SQLException {
		statement.setInt(1, score);
		try (ResultSet result = statement.executeQuery()) {
			result.next();
			return result.getDouble(1);
		}
	}

	/**
	 * With stringtype=unspecified, a setting many BI tools use, strings are
	 * sent untyped and a target needs no cast: kpi_status(?, ?).
	 */
	void untypedStrings() throws SQLException {
		Properties properties = new Properties();
		properties.putAll(configuration.properties());
		properties.setProperty("stringtype", "unspecified");
		try (Connection untyped = DriverManager.getConnection(url, properties);
				PreparedStatement status = untyped.prepareStatement("SELECT kpi_status(?, ?)")) {
			for (int run = 1; run <= 6; run++)
				// 75 misses ">= 80%", meets the warning threshold 70
				checks.equal("stringtype=unspecified kpi_status(75, '>= 80% warn 70%') #" + run, "at_risk",
						status(status, 75.0, ">= 80% warn 70%"));
		}
	}

	/**
	 * A trap worth knowing: naming kpi_target's OID in binaryTransferEnable
	 * without registering a class for it makes the driver fetch targets in
	 * binary (from the 2nd execution with prepareThreshold=1) and then hand
	 * them over as a PGobject without text: getString and getValue are
	 * NULL. Registering a PGBinaryObject class (BinaryChecks) is what
	 * makes binary transfer of kpi's types work.
	 */
	void binaryTransferWithoutClass(String targetOid) throws SQLException {
		Properties properties = new Properties();
		properties.putAll(configuration.properties());
		properties.setProperty("prepareThreshold", "1");
		properties.setProperty("binaryTransferEnable", targetOid);
		try (Connection connection = DriverManager.getConnection(url, properties);
				PreparedStatement target = connection.prepareStatement("SELECT ?::kpi_target")) {
			for (int run = 1; run <= 2; run++) {
				target.setString(1, ">= 80%");
				try (ResultSet result = target.executeQuery()) {
					result.next();
					// first execution as text, second in binary with no class to decode it
					checks.equal("binaryTransferEnable without a class, getString #" + run,
							run == 1 ? ">= 80%" : null, result.getString(1));
				}
			}
		}
	}

	/** A block expected to fail with an SQLException. */
	interface Failing {
		void run() throws SQLException;
	}

	/**
	 * Runs a block that must fail, and checks the SQLSTATE, that the message
	 * starts with "ERROR: " and the primary text, and DETAIL and HINT when
	 * given.
	 */
	void expectError(String name, Failing block, String sqlState, String message, String detail,
			String hint) {
		try {
			block.run();
			checks.fail(name, "expected SQLSTATE " + sqlState + ", but no error");
		} catch (SQLException error) {
			checks.equal(name + " SQLState", sqlState, error.getSQLState());
			String actual = error.getMessage();
			checks.isTrue(name + " message", actual != null && actual.startsWith("ERROR: " + message),
					"expected \"ERROR: " + message + "...\", actual \"" + actual + "\"");
			ServerErrorMessage server = error instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
			if (detail != null)
				checks.equal(name + " detail", detail, server == null ? null : server.getDetail());
			if (hint != null)
				checks.equal(name + " hint", hint, server == null ? null : server.getHint());
		}
	}

	/** The connection still answers queries: the ticket count (16 rows loaded). */
	void checkUsable(String when) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet count = statement.executeQuery("SELECT count(*) FROM tickets")) {
			count.next();
			checks.equal("connection usable " + when, 16L, count.getLong(1));
		}
	}
}
