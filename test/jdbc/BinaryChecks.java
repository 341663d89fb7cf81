import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.postgresql.PGConnection;

/**
 * Binary send and receive of kpi_target and the state types from Java:
 * KpiBinaryObject is registered for each type with addDataType, which
 * makes the driver fetch and send these types in binary once a statement
 * is server-side prepared. Values decoded in Java must equal the server's
 * text form of the same value, and values sent in binary must read back
 * on the server as the intended value.
 */
final class BinaryChecks implements AutoCloseable {
	/** The types KpiBinaryObject handles. */
	static final List<String> TYPES = types();

	/**
	 * Literals of each type and their canonical text, worked out from the
	 * rules of docs/targets.md and docs/states-and-rollups.md: canonical
	 * targets have single spaces, lower case,
	 * the shortest exact number (exponent from 1e+15 and below 1e-04),
	 * durations as days, hours, min and s; states name every field.
	 */
	private static final Map<String, Map<String, String>> SAMPLES = samples();

	private final Connection connection;
	private final Checks checks;
	/** Values received in binary, sent back in sendBack(). */
	private final List<KpiBinaryObject> received = new ArrayList<>();
	/** One statement per type that returns the server's text of a parameter, reused. */
	private final Map<String, PreparedStatement> echoStatements = new HashMap<>();

	/** Checks over a connection with the types registered (see register). */
	BinaryChecks(Connection connection, Checks checks) {
		this.connection = connection;
		this.checks = checks;
	}

	/** kpi_target, then the state types. */
	private static List<String> types() {
		List<String> types = new ArrayList<>();
		types.add("kpi_target");
		types.addAll(KpiBinaryObject.STATE_FIELDS.keySet());
		return List.copyOf(types);
	}

	/** Registers KpiBinaryObject for every type of kpi on the connection. */
	static void register(Connection connection) throws SQLException {
		PGConnection pg = connection.unwrap(PGConnection.class);
		for (String type : TYPES)
			pg.addDataType(type, KpiBinaryObject.class);
	}

	/** The sample literals, by type, each with its canonical text. */
	private static Map<String, Map<String, String>> samples() {
		Map<String, Map<String, String>> samples = new LinkedHashMap<>();
		Map<String, String> target = new LinkedHashMap<>();
		target.put("> 30 warn 20", "> 30 warn 20");
		target.put(">=80%WARN 70%", ">= 80% warn 70%");				// case and spacing are free
		target.put("< 5 min warn 7 min", "< 5 min warn 7 min");
		target.put("<= 2 days 3 hours", "<= 2 days 3 hours");
		target.put("< PT1M30S", "< 1 min 30 s");						// ISO 8601: 90 s
		target.put("< 1 hour 30 min 0.000001 s", "< 1 hour 30 min 0.000001 s");	// to the microsecond
		target.put("< 1 day", "< 1 day");
		target.put("< 0 s", "< 0 s");
		target.put(">= -12.5", ">= -12.5");
		target.put("> 1e3", "> 1000");
		target.put("> 1e20", "> 1e+20");								// 10^20: exponent form
		target.put("> 0.0001", "> 0.0001");							// 10^-4: still plain
		target.put("> 0.00001", "> 1e-05");							// 10^-5: exponent form
		target.put(">= 33.333333333333336%", ">= 33.333333333333336%");	// 17 significant digits
		samples.put("kpi_target", target);
		samples.put("nps_state", Map.of("(promoters=3, passives=2, detractors=1)",
				"(promoters=3,passives=2,detractors=1)"));				// spaces are dropped
		samples.put("csat_state", Map.of("(satisfied=4,responses=5)", "(satisfied=4,responses=5)"));
		samples.put("fcr_state", Map.of("(resolved_first=7,tickets=9)", "(resolved_first=7,tickets=9)"));
		// answers {6, 7}: 36 + 49 = 85
		samples.put("ces_state", Map.of("(responses=2,score_sum=13,score_squares=85)",
				"(responses=2,score_sum=13,score_squares=85)"));
		Map<String, String> aht = new LinkedHashMap<>();
		// 300 s + 310 s + 320 s: (90000 + 96100 + 102400) s^2 = 288500 * 10^12 us^2
		aht.put("(contacts=3,handle_us=930000000,handle_us_squares=288500000000000000)",
				"(contacts=3,handle_us=930000000,handle_us_squares=288500000000000000)");
		// handle_us 2^64 - 1: high half 0, low half all ones (negative as a
		// signed int8); squares 2^127 - 1, the largest int128, within the
		// rules for 3 contacts: (2^64 - 1)^2 / 3 <= squares <= (2^64 - 1)^2,
		// odd like the sum
		aht.put("(contacts=3,handle_us=18446744073709551615,handle_us_squares=170141183460469231731687303715884105727)",
				"(contacts=3,handle_us=18446744073709551615,handle_us_squares=170141183460469231731687303715884105727)");
		// handle_us 2^64: high half 1, low half 0; squares 2^127 - 2, even
		aht.put("(contacts=3,handle_us=18446744073709551616,handle_us_squares=170141183460469231731687303715884105726)",
				"(contacts=3,handle_us=18446744073709551616,handle_us_squares=170141183460469231731687303715884105726)");
		samples.put("aht_state", aht);
		samples.put("utilization_state", Map.of("(busy_us=75600000000,scheduled_us=100800000000)",
				"(busy_us=75600000000,scheduled_us=100800000000)"));
		samples.put("occupancy_state", Map.of("(handle_us=0,idle_us=0)", "(handle_us=0,idle_us=0)"));
		Map<String, String> serviceLevel = new LinkedHashMap<>();
		// -1: no threshold yet (an empty state), all bits set on the wire
		serviceLevel.put("(threshold_us=-1,answered=0,answered_within=0,abandoned_after=0)",
				"(threshold_us=-1,answered=0,answered_within=0,abandoned_after=0)");
		serviceLevel.put("(threshold_us=20000000,answered=3,answered_within=2,abandoned_after=1)",
				"(threshold_us=20000000,answered=3,answered_within=2,abandoned_after=1)");
		samples.put("service_level_state", serviceLevel);
		// waits 20 s + 25 s + 30 s: (400 + 625 + 900) s^2 = 1925 * 10^12 us^2
		samples.put("asa_state", Map.of("(answered=3,wait_us=75000000,wait_us_squares=1925000000000000)",
				"(answered=3,wait_us=75000000,wait_us_squares=1925000000000000)"));
		Map<String, String> abandonment = new LinkedHashMap<>();
		abandonment.put("(short_abandon_us=5000000,offered=6,abandoned=3,short_abandoned=1)",
				"(short_abandon_us=5000000,offered=6,abandoned=3,short_abandoned=1)");
		abandonment.put("(short_abandon_us=-1,offered=0,abandoned=0,short_abandoned=0)",
				"(short_abandon_us=-1,offered=0,abandoned=0,short_abandoned=0)");
		samples.put("abandonment_state", abandonment);
		// 4 h of 16 h paid; and an absence row alone, unavailable without paid time
		Map<String, String> shrinkage = new LinkedHashMap<>();
		shrinkage.put("(unavailable_us=14400000000,paid_us=57600000000)",
				"(unavailable_us=14400000000,paid_us=57600000000)");
		shrinkage.put("( unavailable_us = 28800000000 , paid_us = 0 )",
				"(unavailable_us=28800000000,paid_us=0)");
		samples.put("shrinkage_state", shrinkage);
		Map<String, String> churn = new LinkedHashMap<>();
		// January 2024 UTC: 1704067200 s and 1706745600 s since 1970
		churn.put("(period_from_us=1704067200000000,period_until_us=1706745600000000,base=7,churned=3,new=3)",
				"(period_from_us=1704067200000000,period_until_us=1706745600000000,base=7,churned=3,new=3)");
		// the unset period of an empty state
		churn.put("( period_from_us = 0 , period_until_us=0,base=0,churned=0,new=0 )",
				"(period_from_us=0,period_until_us=0,base=0,churned=0,new=0)");
		// a period before 1970: negative bounds, all high bits set on the wire
		churn.put("(period_from_us=-86400000000,period_until_us=-1,base=1,churned=1,new=0)",
				"(period_from_us=-86400000000,period_until_us=-1,base=1,churned=1,new=0)");
		samples.put("churn_state", churn);
		return samples;
	}

	/**
	 * Every sample of every type, fetched next to the server's text of the
	 * same value: after six executions of the statement the value arrives
	 * in binary (setByteValue was called), and the text KpiBinaryObject
	 * rebuilds from the bytes equals both the server's text and the
	 * hand-written canonical form.
	 */
	void receive() throws SQLException {
		for (String type : TYPES) {
			String sql = "SELECT CAST(? AS " + type + ") AS value, CAST(? AS " + type + ")::text AS text";
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				Map.Entry<String, String> first = SAMPLES.get(type).entrySet().iterator().next();
				for (int run = 1; run <= 6; run++)
					fetch(statement, type + " warm-up #" + run, first.getKey(), first.getValue(), false);
				for (Map.Entry<String, String> sample : SAMPLES.get(type).entrySet())
					received.add(fetch(statement, type + " '" + sample.getKey() + "'", sample.getKey(),
							sample.getValue(), true));
			}
		}
	}

	/** One execution of a receive statement; returns the value as the driver made it. */
	private KpiBinaryObject fetch(PreparedStatement statement, String name, String literal,
			String canonical, boolean mustBeBinary) throws SQLException {
		statement.setString(1, literal);
		statement.setString(2, literal);
		try (ResultSet result = statement.executeQuery()) {
			result.next();
			Object value = result.getObject(1);
			String serverText = result.getString(2);
			checks.equal(name + " server text", canonical, serverText);
			if (!(value instanceof KpiBinaryObject object)) {
				checks.fail(name + " getObject", "expected a KpiBinaryObject, actual " + Checks.describe(value));
				return null;
			}
			if (mustBeBinary)
				checks.equal(name + " received in binary", true, object.receivedBinary());
			checks.equal(name + " decoded in Java equals the server's text", serverText, object.getValue());
			checks.equal(name + " getString", serverText, result.getString(1));
			return object;
		}
	}

	/**
	 * The values received in binary, sent back as binary parameters: the
	 * server reads each as the same value (same text; for targets also
	 * equal to the literal under kpi_target's = operator).
	 */
	void sendBack() throws SQLException {
		for (KpiBinaryObject value : received) {
			if (value == null)
				continue;
			String name = "send back " + value.getType() + " " + value.getValue();
			int sentBefore = value.timesSentBinary();
			checks.equal(name, value.getValue(), echo(value));
			checks.equal(name + " sent in binary", sentBefore + 1, value.timesSentBinary());
		}
		try (PreparedStatement equal = connection.prepareStatement("SELECT ? = CAST(? AS kpi_target)")) {
			for (KpiBinaryObject value : received) {
				if (value == null || !value.getType().equals("kpi_target"))
					continue;
				equal.setObject(1, value);
				equal.setString(2, value.getValue());
				try (ResultSet result = equal.executeQuery()) {
					result.next();
					checks.equal("binary target = its text " + value.getValue(), true, result.getBoolean(1));
				}
			}
		}
	}

	/**
	 * Values built in Java from their fields, sent in binary: the server's
	 * text shows it read the intended value, and a binary target works in
	 * kpi_status like a literal.
	 */
	void sendBuilt() throws SQLException {
		sendBuilt(KpiBinaryObject.numberTarget(0, KpiBinaryObject.UNIT_PERCENT, 80.0, 70.0),
				">= 80% warn 70%");		// comparator 0 is >=, unit 1 percent
		sendBuilt(KpiBinaryObject.durationTarget(3, 300_000_000L, 420_000_000L),
				"< 5 min warn 7 min");	// comparator 3 is <; 300 s and 420 s in microseconds
		sendBuilt(KpiBinaryObject.numberTarget(1, KpiBinaryObject.UNIT_NUMBER, 30.0, null), "> 30");
		sendBuilt(KpiBinaryObject.numberTarget(0, KpiBinaryObject.UNIT_NUMBER, -12.5, null), ">= -12.5");
		sendBuilt(KpiBinaryObject.state("nps_state", big(3), big(2), big(1)),
				"(promoters=3,passives=2,detractors=1)");
		sendBuilt(KpiBinaryObject.state("aht_state", big(3), BigInteger.ONE.shiftLeft(64),
				BigInteger.ONE.shiftLeft(127).subtract(big(2))),
				"(contacts=3,handle_us=18446744073709551616,handle_us_squares=170141183460469231731687303715884105726)");	// 2^64, 2^127 - 2
		sendBuilt(KpiBinaryObject.state("occupancy_state", BigInteger.ONE.shiftLeft(64).subtract(big(1)),
				big(5)), "(handle_us=18446744073709551615,idle_us=5)");	// 2^64 - 1
		sendBuilt(KpiBinaryObject.state("service_level_state", big(-1), big(0), big(0), big(0)),
				"(threshold_us=-1,answered=0,answered_within=0,abandoned_after=0)");
		sendBuilt(KpiBinaryObject.state("churn_state", big(-86400000000L), big(1704067200000000L),
				big(2), big(1), big(5)),
				"(period_from_us=-86400000000,period_until_us=1704067200000000,base=2,churned=1,new=5)");

		try (PreparedStatement status = connection.prepareStatement("SELECT kpi_status(75.0, ?)")) {
			// 75 against ">= 80% warn 70%": misses 80, meets 70
			status.setObject(1, KpiBinaryObject.numberTarget(0, KpiBinaryObject.UNIT_PERCENT, 80.0, 70.0));
			try (ResultSet result = status.executeQuery()) {
				result.next();
				checks.equal("kpi_status(75.0, binary '>= 80% warn 70%')", "at_risk", result.getString(1));
			}
		}
	}

	/** Sends one built value and checks the server's text of it. */
	private void sendBuilt(KpiBinaryObject value, String expected) throws SQLException {
		String name = "send built " + value.getType() + " " + expected;
		checks.equal(name + " decoded in Java", expected, value.getValue());
		checks.equal(name, expected, echo(value));
		checks.equal(name + " sent in binary", 1, value.timesSentBinary());
	}

	/**
	 * Invalid binary values are rejected by the server's receive functions
	 * with SQLSTATE 22P03 and a DETAIL naming the broken rule; the
	 * connection stays usable.
	 */
	void sendInvalid(TypeChecks errors) throws SQLException {
		byte[] badComparator = KpiBinaryObject.numberTarget(0, KpiBinaryObject.UNIT_NUMBER, 7.0, null).bytes();
		badComparator[0] = 9;	// comparators are 0..3
		errors.expectError("binary kpi_target with comparator 9",
				() -> echo(KpiBinaryObject.rawTarget(badComparator)), "22P03",
				"invalid binary value for type kpi_target", "The comparator must be >=, >, <= or <.", null);
		// a warning on the better side of a higher-is-better goal: > 30 warn 40
		errors.expectError("binary kpi_target '> 30 warn 40'",
				() -> echo(KpiBinaryObject.numberTarget(1, KpiBinaryObject.UNIT_NUMBER, 30.0, 40.0)), "22P03",
				"invalid binary value for type kpi_target",
				"With > or >= (higher is better) the warning threshold must be below the goal.", null);
		errors.expectError("binary csat_state with 5 satisfied of 4",
				() -> echo(KpiBinaryObject.state("csat_state", big(5), big(4))), "22P03",
				"invalid binary value for type csat_state", "The satisfied count exceeds responses.", null);
		errors.checkUsable("after invalid binary values");
	}

	/**
	 * The server's text of a value sent as a parameter, through one
	 * statement per type that is reused (and so server-prepared after a
	 * few values, errors included).
	 */
	private String echo(KpiBinaryObject value) throws SQLException {
		PreparedStatement statement = echoStatements.get(value.getType());
		if (statement == null) {
			statement = connection.prepareStatement("SELECT CAST(? AS " + value.getType() + ")::text");
			echoStatements.put(value.getType(), statement);
		}
		statement.setObject(1, value);
		try (ResultSet result = statement.executeQuery()) {
			result.next();
			return result.getString(1);
		}
	}

	/** Closes the reused statements. */
	@Override
	public void close() throws SQLException {
		for (PreparedStatement statement : echoStatements.values())
			statement.close();
		echoStatements.clear();
	}

	/** A BigInteger, for short state literals. */
	private static BigInteger big(long value) {
		return BigInteger.valueOf(value);
	}
}
