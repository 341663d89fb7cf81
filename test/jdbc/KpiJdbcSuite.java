import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The JDBC client suite: plays a BI tool against a database with the kpi
 * extension, through the PostgreSQL JDBC driver.
 *
 * Usage: java -cp CLASSES:postgresql.jar KpiJdbcSuite DATABASE INSTALL_SCRIPT
 * with PGHOST (a TCP host name), PGPORT, PGUSER and PGPASSWORD in the
 * environment, as pg_virtualenv sets them. DATABASE must be empty: the suite
 * creates the extension and loads its data set (DataSet) itself.
 *
 * Everything runs twice, with the driver's defaults and with
 * prepareThreshold=1 (server-side prepared statements from the first
 * execution, binary results from the second); what the two runs observe
 * must be identical. Exits 1 if any check failed.
 */
public final class KpiJdbcSuite {
	private KpiJdbcSuite() {
	}

	/** Loads the data set, runs both configurations, compares them, prints the summary. */
	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			System.err.println("usage: KpiJdbcSuite DATABASE INSTALL_SCRIPT");
			System.exit(2);
		}
		String url = url(args[0]);
		List<TypeChecks.Comment> comments = TypeChecks.readComments(Path.of(args[1]));
		Properties defaults = credentials();
		String kpiTypeOids;
		String targetOid;
		try (Connection setup = DriverManager.getConnection(url, defaults);
				Statement statement = setup.createStatement()) {
			statement.execute(DataSet.SETUP_SQL);
			kpiTypeOids = typeOids(statement, BinaryChecks.TYPES);
			targetOid = typeOids(statement, List.of("kpi_target"));
		}

		Properties prepared = new Properties();
		prepared.putAll(defaults);
		prepared.setProperty("prepareThreshold", "1");
		// binaryTransferEnable takes numeric OIDs for types the driver does
		// not know; it is given only where KpiBinaryObject is registered,
		// since without a class the driver loses binary values (TypeChecks)
		Properties preparedTyped = new Properties();
		preparedTyped.putAll(prepared);
		preparedTyped.setProperty("binaryTransferEnable", kpiTypeOids);
		List<Configuration> configurations = List.of(
				new Configuration("driver defaults", defaults, defaults, 6),
				new Configuration("prepareThreshold=1", prepared, preparedTyped, 2));

		List<Checks> runs = new ArrayList<>();
		for (Configuration configuration : configurations)
			runs.add(run(url, configuration, comments, targetOid));
		Checks comparison = compare(runs.get(0), runs.get(1));

		int passed = comparison.passed();
		int failed = comparison.failed();
		for (Checks checks : runs) {
			System.out.println("jdbc [" + checks.configuration() + "]: " + checks.passed() + " passed, "
					+ checks.failed() + " failed");
			passed += checks.passed();
			failed += checks.failed();
		}
		System.out.println("jdbc [comparison]: " + comparison.passed() + " observations identical, "
				+ comparison.failed() + " differing");
		System.out.println("jdbc: " + passed + " passed, " + failed + " failed");
		System.exit(failed == 0 ? 0 : 1);
	}

	/** Every check of the suite under one configuration, on fresh connections. */
	private static Checks run(String url, Configuration configuration, List<TypeChecks.Comment> comments,
			String targetOid) throws SQLException {
		Checks checks = new Checks(configuration.name());
		try (Connection bi = DriverManager.getConnection(url, configuration.properties());
				Connection typed = DriverManager.getConnection(url, configuration.typedProperties())) {
			BinaryChecks.register(typed);

			ReportChecks plain = new ReportChecks(bi, checks, configuration, false);
			checks.guard("report (target as string)", plain::reportWithStringTarget);
			checks.guard("report (target as PGobject)", plain::reportWithPGobjectTarget);
			checks.guard("rollup", plain::rollupReport);
			checks.guard("states", plain::stateReport);

			ReportChecks binary = new ReportChecks(typed, checks, configuration, true);
			checks.guard("typed report (target as string)", binary::reportWithStringTarget);
			checks.guard("typed rollup", binary::rollupReport);
			checks.guard("typed states", binary::stateReport);

			TypeChecks types = new TypeChecks(bi, checks, url, configuration);
			checks.guard("function comments", () -> types.functionComments(comments));
			checks.guard("bad target literal", types::badTargetLiteral);
			checks.guard("score out of range", types::scoreOutOfRange);
			checks.guard("stringtype=unspecified", types::untypedStrings);
			checks.guard("binaryTransferEnable without a class", () -> types.binaryTransferWithoutClass(targetOid));

			IntegerParameterChecks integers = new IntegerParameterChecks(bi, checks, types);
			checks.guard("setLong parameters", integers::longParameters);
			checks.guard("setBigDecimal parameters", integers::bigDecimalParameters);

			try (BinaryChecks values = new BinaryChecks(typed, checks)) {
				checks.guard("binary receive", values::receive);
				checks.guard("binary send back", values::sendBack);
				checks.guard("binary send built", values::sendBuilt);
				TypeChecks typedErrors = new TypeChecks(typed, checks, url, configuration);
				checks.guard("binary send invalid", () -> values.sendInvalid(typedErrors));
			}
		}
		return checks;
	}

	/** Each observation of the first run must equal the second run's. */
	private static Checks compare(Checks first, Checks second) {
		Checks comparison = new Checks(first.configuration() + " vs " + second.configuration());
		List<String> a = first.observations();
		List<String> b = second.observations();
		for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
			String left = i < a.size() ? a.get(i) : "(nothing)";
			String right = i < b.size() ? b.get(i) : "(nothing)";
			comparison.equalInThisConfiguration("observation " + (i + 1), left, right);
		}
		return comparison;
	}

	/** The JDBC URL of a database on the server of PGHOST and PGPORT. */
	private static String url(String database) {
		String host = env("PGHOST", "localhost");
		if (host.startsWith("/"))
			throw new IllegalStateException("PGHOST is a socket directory (" + host
					+ "); the JDBC driver connects over TCP: set PGHOST to a host name");
		return "jdbc:postgresql://" + host + ":" + env("PGPORT", "5432") + "/" + database;
	}

	/** User, password (when set) and an application name, from the environment. */
	private static Properties credentials() {
		Properties properties = new Properties();
		properties.setProperty("user", env("PGUSER", System.getProperty("user.name")));
		String password = System.getenv("PGPASSWORD");
		if (password != null)
			properties.setProperty("password", password);
		properties.setProperty("ApplicationName", "kpi JDBC suite");
		return properties;
	}

	/** An environment variable, or a default when unset or empty. */
	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isEmpty() ? fallback : value;
	}

	/** The OIDs of the named types, comma-separated, for binaryTransferEnable. */
	private static String typeOids(Statement statement, List<String> types) throws SQLException {
		List<String> oids = new ArrayList<>();
		for (String type : types)
			try (ResultSet oid = statement.executeQuery("SELECT '" + type + "'::regtype::oid")) {
				oid.next();
				oids.add(oid.getString(1));
			}
		return String.join(",", oids);
	}
}
