import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.PGResultSetMetaData;
import org.postgresql.PGStatement;
import org.postgresql.util.PGInterval;
import org.postgresql.util.PGobject;

/**
 * The reports a BI tool runs: a weekly report over the raw tickets with
 * every KPI aggregate and target function, the same KPIs from the daily
 * rollup of states, and the states themselves. Each is a PreparedStatement
 * with the team, the date range and (for the report) the NPS target as
 * parameters, executed often enough to become server-side prepared, and
 * every cell of every row is compared with DataSet's hand-derived values,
 * read the way a BI tool reads it.
 */
final class ReportChecks {
	/** One execution of a report: its parameters. */
	record Execution(String team, LocalDate from, LocalDate to) {
		/** "Billing 2026-08-31..2026-09-14", to name checks. */
		String label() {
			return team + " " + from + ".." + to;
		}
	}

	private static final LocalDate WEEK_1 = LocalDate.parse("2026-08-31");
	private static final LocalDate WEEK_2 = LocalDate.parse("2026-09-07");
	private static final LocalDate END = LocalDate.parse("2026-09-14");

	/**
	 * Eight executions of every report statement, more than the driver's
	 * default prepareThreshold of 5: it switches to a named server-side
	 * statement at the 5th and to binary results at the 6th.
	 */
	static final List<Execution> EXECUTIONS = List.of(
			new Execution("Billing", WEEK_1, END), new Execution("Technical", WEEK_1, END),
			new Execution("Billing", WEEK_1, END), new Execution("Technical", WEEK_1, END),
			new Execution("Billing", WEEK_1, WEEK_2), new Execution("Technical", WEEK_2, END),
			new Execution("Billing", WEEK_1, END), new Execution("Technical", WEEK_1, END));

	/**
	 * The weekly report over the raw tickets. %s is where the NPS target
	 * parameter goes: "?::kpi_target" for a string, "?" for a PGobject.
	 * The comment marks the statement in pg_prepared_statements.
	 */
	private static final String REPORT_SQL = """
		SELECT /* kpi-jdbc report %s */ t.team, date_trunc('week', t.day)::date AS week,
		       nps(t.nps) AS nps, csat(t.csat) AS csat_score, csat(t.good) AS csat_flag,
		       fcr_rate(t.resolved) AS fcr_flag, fcr_rate(t.contacts) AS fcr_contacts, ces(t.ces) AS ces,
		       avg_handle_time(t.handle) AS aht_handle, avg_handle_time(t.talk, t.hold, t.acw) AS aht_parts,
		       utilization(t.busy, t.scheduled) AS utilization, occupancy(t.handle, t.idle) AS occupancy,
		       service_level(t.wait, '20 s') AS sl, service_level(t.wait, t.abandoned, '20 s') AS sl_abandons,
		       avg_speed_of_answer(t.wait, t.abandoned) AS asa, abandonment_rate(t.abandoned) AS abandonment,
		       abandonment_rate(t.abandoned, t.wait, '5 s') AS abandonment_short,
		       shrinkage(t.scheduled - t.busy, t.scheduled) AS shrinkage,
		       p.nps_target,
		       kpi_status(nps(t.nps), p.nps_target) AS nps_status,
		       kpi_met(nps(t.nps), p.nps_target) AS nps_met,
		       kpi_attainment(nps(t.nps), p.nps_target) AS nps_attainment,
		       kpi_gap(nps(t.nps), p.nps_target) AS nps_gap,
		       kpi_goal(p.nps_target) AS nps_goal, kpi_warning(p.nps_target) AS nps_warning,
		       kpi_direction(p.nps_target) AS nps_direction, kpi_unit(p.nps_target) AS nps_unit,
		       g.aht_target,
		       kpi_status(avg_handle_time(t.talk, t.hold, t.acw), g.aht_target) AS aht_status,
		       kpi_met(avg_handle_time(t.talk, t.hold, t.acw), g.aht_target) AS aht_met,
		       kpi_attainment(avg_handle_time(t.talk, t.hold, t.acw), g.aht_target) AS aht_attainment,
		       kpi_gap(avg_handle_time(t.talk, t.hold, t.acw), g.aht_target) AS aht_gap,
		       kpi_goal(g.aht_target) AS aht_goal, kpi_warning(g.aht_target) AS aht_warning,
		       kpi_direction(g.aht_target) AS aht_direction, kpi_unit(g.aht_target) AS aht_unit,
		       g.sl_target,
		       kpi_status(service_level(t.wait, t.abandoned, '20 s'), g.sl_target) AS sl_status,
		       kpi_warning(g.sl_target) AS sl_warning, kpi_unit(g.sl_target) AS sl_unit,
		       g.abandon_target,
		       kpi_attainment(abandonment_rate(t.abandoned, t.wait, '5 s'), g.abandon_target) AS abandon_attainment
		  FROM tickets t
		 CROSS JOIN (SELECT %s AS nps_target) p
		 CROSS JOIN goals g
		 WHERE t.team = ? AND t.day >= ? AND t.day < ?
		 GROUP BY t.team, week, p.nps_target, g.aht_target, g.sl_target, g.abandon_target
		 ORDER BY week""";

	/** The same KPIs from the daily rollup: <kpi>(state), <kpi>_state(state), kpi_value, kpi_counts. */
	private static final String ROLLUP_SQL = """
		SELECT /* kpi-jdbc rollup */ team, date_trunc('week', day)::date AS week,
		       nps(nps) AS nps, csat(csat_score) AS csat_score, csat(csat_flag) AS csat_flag,
		       fcr_rate(fcr_flag) AS fcr_flag, fcr_rate(fcr_contacts) AS fcr_contacts, ces(ces) AS ces,
		       avg_handle_time(aht_handle) AS aht_handle, avg_handle_time(aht_parts) AS aht_parts,
		       utilization(utilization) AS utilization, occupancy(occupancy) AS occupancy,
		       service_level(sl) AS sl, service_level(sl_abandons) AS sl_abandons,
		       avg_speed_of_answer(asa) AS asa, abandonment_rate(abandonment) AS abandonment,
		       abandonment_rate(abandonment_short) AS abandonment_short,
		       shrinkage(shrinkage) AS shrinkage,
		       nps_state(nps) AS nps_state, csat_state(csat_score) AS csat_score_state,
		       csat_state(csat_flag) AS csat_flag_state, fcr_state(fcr_flag) AS fcr_flag_state,
		       fcr_state(fcr_contacts) AS fcr_contacts_state, ces_state(ces) AS ces_state,
		       aht_state(aht_handle) AS aht_handle_state, aht_state(aht_parts) AS aht_parts_state,
		       utilization_state(utilization) AS utilization_state,
		       occupancy_state(occupancy) AS occupancy_state, service_level_state(sl) AS sl_state,
		       service_level_state(sl_abandons) AS sl_abandons_state, asa_state(asa) AS asa_state,
		       abandonment_state(abandonment) AS abandonment_state,
		       abandonment_state(abandonment_short) AS abandonment_short_state,
		       shrinkage_state(shrinkage) AS shrinkage_state,
		       kpi_value(nps_state(nps)) AS nps_value, kpi_value(aht_state(aht_parts)) AS aht_parts_value,
		       kpi_counts(nps_state(nps)) AS nps_counts
		  FROM daily
		 WHERE team = ? AND day >= ? AND day < ?
		 GROUP BY team, week
		 ORDER BY week""";

	/** The states of the raw tickets, from every <kpi>_state(raw rows) aggregate. */
	static final String STATES_SQL = """
		SELECT /* kpi-jdbc states */ team, date_trunc('week', day)::date AS week,
		       nps_state(nps) AS nps_state, csat_state(csat) AS csat_score_state,
		       csat_state(good) AS csat_flag_state, fcr_state(resolved) AS fcr_flag_state,
		       fcr_state(contacts) AS fcr_contacts_state, ces_state(ces) AS ces_state,
		       aht_state(handle) AS aht_handle_state, aht_state(talk, hold, acw) AS aht_parts_state,
		       utilization_state(busy, scheduled) AS utilization_state,
		       occupancy_state(handle, idle) AS occupancy_state,
		       service_level_state(wait, '20 s') AS sl_state,
		       service_level_state(wait, abandoned, '20 s') AS sl_abandons_state,
		       asa_state(wait, abandoned) AS asa_state, abandonment_state(abandoned) AS abandonment_state,
		       abandonment_state(abandoned, wait, '5 s') AS abandonment_short_state,
		       shrinkage_state(scheduled - busy, scheduled) AS shrinkage_state
		  FROM tickets
		 WHERE team = ? AND day >= ? AND day < ?
		 GROUP BY team, week
		 ORDER BY week""";

	/**
	 * Sets the parameters that come before the team and the dates (the
	 * target, if any); returns the index of the team's parameter.
	 */
	interface TargetBinder {
		int bind(PreparedStatement statement) throws SQLException;
	}

	private final Connection connection;
	private final Checks checks;
	private final Configuration configuration;
	/** Whether kpi's types are registered on this connection with KpiBinaryObject. */
	private final boolean typed;
	private String jsonbClassName;

	/** Report checks over one connection under one configuration. */
	ReportChecks(Connection connection, Checks checks, Configuration configuration, boolean typed) {
		this.connection = connection;
		this.checks = checks;
		this.configuration = configuration;
		this.typed = typed;
	}

	/** The report with the NPS target passed as a string and cast in SQL. */
	void reportWithStringTarget() throws SQLException {
		runReport("report (target as string)", String.format(REPORT_SQL, "cast", "?::kpi_target"),
				statement -> {
					statement.setString(1, DataSet.NPS_TARGET);
					return 2;
				});
	}

	/**
	 * The report with the NPS target as a PGobject of type kpi_target,
	 * no cast; the literal is not canonical (case, spacing), the output is.
	 */
	void reportWithPGobjectTarget() throws SQLException {
		runReport("report (target as PGobject)", String.format(REPORT_SQL, "pgobject", "?"),
				statement -> {
					PGobject target = new PGobject();
					target.setType("kpi_target");
					target.setValue(">30 WARN   20");
					statement.setObject(1, target);
					return 2;
				});
	}

	/** The KPIs, merged states, kpi_value and kpi_counts of the daily rollup. */
	void rollupReport() throws SQLException {
		runReport("rollup", ROLLUP_SQL, statement -> 1);
	}

	/** The states of the raw tickets (read in binary on a typed connection). */
	void stateReport() throws SQLException {
		runReport("states", STATES_SQL, statement -> 1);
	}

	/**
	 * Executes one report statement for every execution in EXECUTIONS and
	 * checks each row against DataSet, the column metadata on the first
	 * execution, when results switch to binary, and that the statement
	 * ended up prepared on the server.
	 */
	private void runReport(String name, String sql, TargetBinder binder) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int run = 1; run <= EXECUTIONS.size(); run++) {
				Execution execution = EXECUTIONS.get(run - 1);
				String label = name + " #" + run + " " + execution.label();
				int index = binder.bind(statement);
				statement.setString(index, execution.team());
				statement.setObject(index + 1, execution.from());
				statement.setObject(index + 2, execution.to());
				try (ResultSet rows = statement.executeQuery()) {
					if (run == 1)
						checkColumns(name, rows.getMetaData());
					checkTransfer(label, run, rows);
					checkRows(label, rows, expectedWeeks(execution));
				}
			}
			checks.equal(name + ": the driver prepares it on the server",
					true, statement.unwrap(PGStatement.class).isUseServerPrepare());
		}
		checkPreparedOnServer(name, sql);
	}

	/** The weeks an execution must return, in report order. */
	private static List<DataSet.Week> expectedWeeks(Execution execution) {
		List<DataSet.Week> weeks = new ArrayList<>();
		for (DataSet.Week week : DataSet.WEEKS)
			if (week.team().equals(execution.team()) && !week.start().isBefore(execution.from())
					&& week.start().isBefore(execution.to()))
				weeks.add(week);
		return weeks;
	}

	/**
	 * ResultSetMetaData of every column: the type name a BI tool displays,
	 * the java.sql.Types code and the Java class the driver reports.
	 */
	private void checkColumns(String name, ResultSetMetaData metaData) throws SQLException {
		for (int column = 1; column <= metaData.getColumnCount(); column++) {
			String label = metaData.getColumnLabel(column);
			String typeName = DataSet.columnType(label);
			String prefix = name + " column " + label;
			checks.equal(prefix + " getColumnTypeName", typeName, metaData.getColumnTypeName(column));
			checks.equal(prefix + " getColumnType", sqlType(typeName), metaData.getColumnType(column));
			checks.equal(prefix + " getColumnClassName", className(typeName),
					metaData.getColumnClassName(column));
		}
	}

	/**
	 * The java.sql.Types code the 42.5 driver reports for a type
	 * (TypeInfoCache): its built-in table for float8, bool, text and date;
	 * VARCHAR for every enum (typtype 'e', so kpi_status); OTHER for the
	 * rest, interval included.
	 */
	static int sqlType(String typeName) {
		return switch (typeName) {
			case "float8" -> Types.DOUBLE;
			case "bool" -> Types.BIT;
			case "text", "kpi_status" -> Types.VARCHAR;
			case "date" -> Types.DATE;
			default -> Types.OTHER;
		};
	}

	/**
	 * The class name getColumnClassName reports: the registered class for
	 * interval (PGInterval) and, on a typed connection, for kpi's types;
	 * java.lang.String for every type without one (kpi_target, the states),
	 * although getObject returns a PGobject for them.  For jsonb, whatever
	 * the driver reports for any jsonb column: 42.5 (bookworm) and 42.7.7
	 * (trixie) say java.lang.String, 42.7.14 (sid) PGobject, a change of
	 * the driver's, not of kpi's kpi_counts.
	 */
	private String className(String typeName) throws SQLException {
		return switch (typeName) {
			case "float8" -> "java.lang.Double";
			case "bool" -> "java.lang.Boolean";
			case "date" -> "java.sql.Date";
			case "interval" -> PGInterval.class.getName();
			case "text", "kpi_status" -> "java.lang.String";
			case "jsonb" -> plainJsonbClassName();
			default -> typed ? KpiBinaryObject.class.getName() : "java.lang.String";
		};
	}

	/** What the driver reports for a jsonb column that kpi did not make. */
	private String plainJsonbClassName() throws SQLException {
		if (jsonbClassName == null) {
			try (PreparedStatement probe = connection.prepareStatement("SELECT '{}'::jsonb AS plain");
					ResultSet rows = probe.executeQuery()) {
				jsonbClassName = rows.getMetaData().getColumnClassName(1);
			}
		}
		return jsonbClassName;
	}

	/**
	 * When the driver switches this statement's results to binary: double
	 * precision (and, on a typed connection, kpi's types) arrive as text
	 * until the statement is server-prepared and described, then in binary.
	 * The execution at which that happens depends on prepareThreshold, so
	 * it is checked per configuration; from the 6th on both agree.
	 */
	private void checkTransfer(String label, int run, ResultSet rows) throws SQLException {
		ResultSetMetaData metaData = rows.getMetaData();
		PGResultSetMetaData formats = metaData.unwrap(PGResultSetMetaData.class);
		int binary = run >= configuration.firstBinaryExecution() ? 1 : 0;
		for (int column = 1; column <= metaData.getColumnCount(); column++) {
			String type = metaData.getColumnTypeName(column);
			boolean binaryCapable = type.equals("float8")
					|| (typed && (type.equals("kpi_target") || type.endsWith("_state")));
			if (!binaryCapable)
				continue;
			String name = label + " " + metaData.getColumnLabel(column) + " transfer format";
			checks.equalInThisConfiguration(name, binary, formats.getFormat(column));
			if (run >= 6)
				checks.equal(name + " from the 6th execution", 1, formats.getFormat(column));
		}
	}

	/** Every row against its week's expectations, every column accounted for. */
	private void checkRows(String label, ResultSet rows, List<DataSet.Week> weeks) throws SQLException {
		ResultSetMetaData metaData = rows.getMetaData();
		int count = 0;
		while (rows.next()) {
			count++;
			if (count > weeks.size())
				continue;
			DataSet.Week week = weeks.get(count - 1);
			String rowLabel = label + " row " + week.label();
			checks.equal(rowLabel + " team", week.team(), rows.getString("team"));
			checks.equal(rowLabel + " week", week.start(), rows.getObject("week", LocalDate.class));
			for (int column = 3; column <= metaData.getColumnCount(); column++) {
				String name = metaData.getColumnLabel(column);
				if (!week.expected().containsKey(name)) {
					checks.fail(rowLabel + " " + name, "no expected value in DataSet");
					continue;
				}
				checkCell(rowLabel + " " + name, rows, column, week.expected().get(name));
			}
		}
		checks.equal(label + " row count", weeks.size(), count);
	}

	/**
	 * One cell, read as a BI tool reads its type: getDouble and wasNull
	 * for double precision; getString and getObject (PGInterval) for
	 * intervals; getString and getObject for kpi_status (a String) and for
	 * kpi_target, states and jsonb (a PGobject carrying the type name and
	 * the text, or KpiBinaryObject on a typed connection).
	 */
	private void checkCell(String name, ResultSet rows, int column, Object expected) throws SQLException {
		String type = rows.getMetaData().getColumnTypeName(column);
		switch (type) {
			case "float8" -> {
				double value = rows.getDouble(column);
				checks.equal(name, expected, rows.wasNull() ? null : value);
				checkDoubleText(name, rows, column);
			}
			case "bool" -> {
				boolean value = rows.getBoolean(column);
				checks.equal(name, expected, rows.wasNull() ? null : value);
			}
			case "interval" -> {
				checks.equal(name + " getString", expected, rows.getString(column));
				Object value = rows.getObject(column);
				checks.equal(name + " getObject", expected == null ? null : interval((String) expected), value);
			}
			case "text", "kpi_status" -> {
				checks.equal(name + " getString", expected, rows.getString(column));
				checks.equal(name + " getObject", expected, rows.getObject(column));
			}
			default -> checkObjectCell(name, rows, column, type, expected);
		}
	}

	/** A kpi_target, state or jsonb cell: the text and the PGobject the driver makes of it. */
	private void checkObjectCell(String name, ResultSet rows, int column, String type, Object expected)
			throws SQLException {
		checks.equal(name + " getString", expected, rows.getString(column));
		Object value = rows.getObject(column);
		if (!(value instanceof PGobject object)) {
			checks.fail(name + " getObject", "expected a PGobject, actual " + Checks.describe(value));
			return;
		}
		checks.equal(name + " getObject type", type, object.getType());
		checks.equal(name + " getObject value", expected, object.getValue());
		boolean kpiType = type.equals("kpi_target") || type.endsWith("_state");
		checks.equal(name + " getObject class", typed && kpiType ? "KpiBinaryObject" : "PGobject",
				object.getClass().getSimpleName());
		if (object instanceof KpiBinaryObject binary)
			checks.equalInThisConfiguration(name + " decoded from binary", isBinary(rows, column),
					binary.receivedBinary());
	}

	/**
	 * getString of a double precision: the server's text (its shortest
	 * exact form, "25") when it came as text, but Java's Double.toString
	 * ("25.0") when it came in binary, so a BI tool that displays
	 * getString shows different text after the switch to binary.
	 */
	private void checkDoubleText(String name, ResultSet rows, int column) throws SQLException {
		double value = rows.getDouble(column);
		if (rows.wasNull())
			return;
		String expected = isBinary(rows, column) ? Double.toString(value)
				: KpiBinaryObject.formatNumber(value);
		checks.equalInThisConfiguration(name + " getString", expected, rows.getString(column));
	}

	/** Whether the driver received this column in binary. */
	private static boolean isBinary(ResultSet rows, int column) throws SQLException {
		return rows.getMetaData().unwrap(PGResultSetMetaData.class).getFormat(column) == 1;
	}

	/**
	 * The PGInterval a hand-written "[-]HH:MM:SS[.ffffff]" interval text
	 * must come back as: the driver puts the sign on every time field.
	 */
	static PGInterval interval(String text) {
		boolean negative = text.startsWith("-");
		String[] parts = (negative ? text.substring(1) : text).split(":");
		int sign = negative ? -1 : 1;
		return new PGInterval(0, 0, 0, sign * Integer.parseInt(parts[0]),
				sign * Integer.parseInt(parts[1]), sign * Double.parseDouble(parts[2]));
	}

	/**
	 * That the server holds the statement as a named prepared statement
	 * (pg_prepared_statements lists protocol-level statements too); the
	 * marker is passed as a parameter so this query does not match itself.
	 */
	private void checkPreparedOnServer(String name, String sql) throws SQLException {
		String marker = sql.substring(sql.indexOf("/*"), sql.indexOf("*/") + 2);
		try (PreparedStatement lookup = connection.prepareStatement(
				"SELECT count(*) FROM pg_prepared_statements WHERE strpos(statement, ?) > 0")) {
			lookup.setString(1, marker);
			try (ResultSet result = lookup.executeQuery()) {
				result.next();
				checks.isTrue(name + ": listed in pg_prepared_statements", result.getLong(1) >= 1,
						result.getLong(1) + " statements with " + marker);
			}
		}
	}
}
