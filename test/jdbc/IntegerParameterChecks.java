import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Scores and counts bound the way a BI tool or an ELT job binds warehouse
 * columns: setLong (sent as bigint) and setBigDecimal (sent as numeric).
 * The parameters are typed, so kpi's bigint and numeric overloads are
 * chosen (an untyped parameter would match several), and their values are
 * checked as they are: a long of 2^32 + 9 is out of range, not a 9.
 */
final class IntegerParameterChecks {
	/** Every score and count aggregate over two rows of parameters. */
	private static final String ALL_SQL = "SELECT nps(s), csat(c), fcr_rate(f), ces(e)"
			+ " FROM (VALUES (?, ?, ?, ?), (?, ?, ?, ?)) AS answers(s, c, f, e)";

	private final Connection connection;
	private final Checks checks;
	private final TypeChecks errors;

	/** Checks over the plain (BI tool) connection; errors checked through TypeChecks. */
	IntegerParameterChecks(Connection connection, Checks checks, TypeChecks errors) {
		this.connection = connection;
		this.checks = checks;
		this.errors = errors;
	}

	/**
	 * setLong: nps(?) alone (which resolves only because the parameter is
	 * typed bigint), every aggregate over two rows, a state aggregate, and
	 * longs outside the scale that a 32-bit wrap would have made valid.
	 */
	void longParameters() throws SQLException {
		try (PreparedStatement nps = connection.prepareStatement("SELECT nps(?)")) {
			for (int run = 1; run <= 6; run++) {
				// 9: one promoter of one answer -> 100
				nps.setLong(1, 9L);
				checks.equal("setLong nps(9) #" + run, 100.0, firstDouble(nps));
			}
			// 2^32 + 9 = 4294967305: 9 after a wrap to 32 bits, out of range as it is
			errors.expectError("setLong nps(4294967305)", () -> {
				nps.setLong(1, 4294967305L);
				firstDouble(nps);
			}, "22003", "nps: score must be between 0 and 10", "Got 4294967305.", null);
			errors.expectError("setLong nps(Long.MAX_VALUE)", () -> {
				nps.setLong(1, Long.MAX_VALUE);
				firstDouble(nps);
			}, "22003", "nps: score must be between 0 and 10", "Got 9223372036854775807.", null);
			// 6: one detractor -> -100, and the statement still works
			nps.setLong(1, 6L);
			checks.equal("setLong nps(6) after the errors", -100.0, firstDouble(nps));
		}
		try (PreparedStatement all = connection.prepareStatement(ALL_SQL)) {
			for (int run = 1; run <= 6; run++) {
				// rows (10, 5, 1, 7) and (0, 3, 3000000000, 2)
				long[] values = {10, 5, 1, 7, 0, 3, 3_000_000_000L, 2};
				for (int i = 0; i < values.length; i++)
					all.setLong(i + 1, values[i]);
				checkAll("setLong", run, all);
			}
		}
		try (PreparedStatement state = connection.prepareStatement(
				"SELECT nps_state(s)::text FROM (VALUES (?), (?)) AS answers(s)")) {
			for (int run = 1; run <= 6; run++) {
				// 9 a promoter, 3 a detractor
				state.setLong(1, 9L);
				state.setLong(2, 3L);
				try (ResultSet result = state.executeQuery()) {
					result.next();
					checks.equal("setLong nps_state(9, 3) #" + run, "(promoters=1,passives=0,detractors=1)",
							result.getString(1));
				}
			}
		}
		errors.checkUsable("after the bigint parameters");
	}

	/**
	 * setBigDecimal: whole values however written (10.0, 1.000, 3.0) are
	 * the scores themselves; a fraction is 22023 and a value beyond bigint
	 * 22003, each with the value in DETAIL.
	 */
	void bigDecimalParameters() throws SQLException {
		try (PreparedStatement nps = connection.prepareStatement("SELECT nps(?)")) {
			for (int run = 1; run <= 6; run++) {
				// 9.0 is 9: one promoter of one answer -> 100
				nps.setBigDecimal(1, new BigDecimal("9.0"));
				checks.equal("setBigDecimal nps(9.0) #" + run, 100.0, firstDouble(nps));
			}
			errors.expectError("setBigDecimal nps(8.5)", () -> {
				nps.setBigDecimal(1, new BigDecimal("8.5"));
				firstDouble(nps);
			}, "22023", "nps: score must be a whole number", "Got 8.5.", null);
			errors.expectError("setBigDecimal nps(1E+30)", () -> {
				nps.setBigDecimal(1, new BigDecimal("1E+30"));
				firstDouble(nps);
			}, "22003", "nps: score is out of range for bigint", "Got 1000000000000000000000000000000.", null);
			errors.expectError("setBigDecimal nps(11)", () -> {
				nps.setBigDecimal(1, new BigDecimal("11"));
				firstDouble(nps);
			}, "22003", "nps: score must be between 0 and 10", "Got 11.", null);
			// 0: one detractor -> -100, and the statement still works
			nps.setBigDecimal(1, BigDecimal.ZERO);
			checks.equal("setBigDecimal nps(0) after the errors", -100.0, firstDouble(nps));
		}
		try (PreparedStatement all = connection.prepareStatement(ALL_SQL)) {
			for (int run = 1; run <= 6; run++) {
				String[] values = {"10.0", "5", "1.000", "7", "0", "3.0", "3000000000", "2.00"};
				for (int i = 0; i < values.length; i++)
					all.setBigDecimal(i + 1, new BigDecimal(values[i]));
				checkAll("setBigDecimal", run, all);
			}
		}
		errors.checkUsable("after the numeric parameters");
	}

	/**
	 * The four KPIs of rows (10, 5, 1, 7) and (0, 3, 3000000000, 2):
	 * NPS a promoter and a detractor, 100 * (1 - 1) / 2 = 0; CSAT 5 of
	 * {5, 3} satisfied, 50; FCR one ticket of one contact out of two, 50
	 * (3000000000 contacts is a valid bigint count); CES (7 + 2) / 2 = 4.5.
	 */
	private void checkAll(String binding, int run, PreparedStatement all) throws SQLException {
		try (ResultSet result = all.executeQuery()) {
			result.next();
			checks.equal(binding + " nps #" + run, 0.0, result.getDouble(1));
			checks.equal(binding + " csat #" + run, 50.0, result.getDouble(2));
			checks.equal(binding + " fcr_rate #" + run, 50.0, result.getDouble(3));
			checks.equal(binding + " ces #" + run, 4.5, result.getDouble(4));
		}
	}

	/** Runs a one-value statement and reads its double. */
	private static double firstDouble(PreparedStatement statement) throws SQLException {
		try (ResultSet result = statement.executeQuery()) {
			result.next();
			return result.getDouble(1);
		}
	}
}
