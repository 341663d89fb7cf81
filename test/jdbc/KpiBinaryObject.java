import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.postgresql.util.PGBinaryObject;
import org.postgresql.util.PGobject;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * A kpi_target or aggregate state value as the JDBC driver hands it over
 * when the class is registered with PGConnection.addDataType: from its
 * binary form (setByteValue), decoded here byte by byte, or from its text
 * form (setValue) before a statement is server-side prepared.
 *
 * The binary layouts are those of src/target.c and src/state_io.c, in
 * network byte order:
 *   kpi_target: comparator, unit and warning-flag bytes, then goal and
 *               warning as 8 bytes each (float8, or int8 microseconds for
 *               durations);
 *   states:     every field as int8; int128 fields as two int8, the high
 *               half (signed) first, then the low half (unsigned).
 * The decoder rebuilds the canonical text form the server prints, so a
 * test can compare it with the server's own text output.
 */
public class KpiBinaryObject extends PGobject implements PGBinaryObject {
	private static final long serialVersionUID = 1L;

	/** The comparators, indexed by their byte (KPI_CMP_GE..KPI_CMP_LT). */
	static final List<String> COMPARATORS = List.of(">=", ">", "<=", "<");
	static final int UNIT_NUMBER = 0;
	static final int UNIT_PERCENT = 1;
	static final int UNIT_DURATION = 2;
	/** Size of a kpi_target on the wire: 3 bytes and two 8-byte values. */
	static final int TARGET_BYTES = 19;

	/** One field of a state type: its name and whether it is an int128. */
	record Field(String name, boolean wide) {
	}

	/** The fields of every state type, in the order of the text form. */
	static final Map<String, List<Field>> STATE_FIELDS = stateFields();

	private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);
	private static final long MICROS_PER_SECOND = 1_000_000L;
	private static final long MICROS_PER_MINUTE = 60 * MICROS_PER_SECOND;
	private static final long MICROS_PER_HOUR = 60 * MICROS_PER_MINUTE;
	private static final long MICROS_PER_DAY = 24 * MICROS_PER_HOUR;

	/** The binary form, when this value came from or was built as bytes. */
	private byte[] bytes;
	/** Whether the driver delivered this value in binary (setByteValue). */
	private boolean receivedBinary;
	/** How often the driver asked for the binary form to send it. */
	private int timesSentBinary;

	/** The state types and their fields, as src/state_parse.c lists them. */
	private static Map<String, List<Field>> stateFields() {
		Map<String, List<Field>> fields = new LinkedHashMap<>();
		fields.put("nps_state", List.of(new Field("promoters", false),
				new Field("passives", false), new Field("detractors", false)));
		fields.put("csat_state", List.of(new Field("satisfied", false),
				new Field("responses", false)));
		fields.put("fcr_state", List.of(new Field("resolved_first", false),
				new Field("tickets", false)));
		fields.put("ces_state", List.of(new Field("responses", false),
				new Field("score_sum", false), new Field("score_squares", false)));
		fields.put("aht_state", List.of(new Field("contacts", false),
				new Field("handle_us", true), new Field("handle_us_squares", true)));
		fields.put("utilization_state", List.of(new Field("busy_us", true),
				new Field("scheduled_us", true)));
		fields.put("occupancy_state", List.of(new Field("handle_us", true),
				new Field("idle_us", true)));
		fields.put("service_level_state", List.of(new Field("threshold_us", false),
				new Field("answered", false), new Field("answered_within", false),
				new Field("abandoned_after", false)));
		fields.put("asa_state", List.of(new Field("answered", false),
				new Field("wait_us", true), new Field("wait_us_squares", true)));
		fields.put("abandonment_state", List.of(new Field("short_abandon_us", false),
				new Field("offered", false), new Field("abandoned", false),
				new Field("short_abandoned", false)));
		fields.put("shrinkage_state", List.of(new Field("unavailable_us", true),
				new Field("paid_us", true)));
		fields.put("churn_state", List.of(new Field("period_from_us", false),
				new Field("period_until_us", false), new Field("base", false),
				new Field("churned", false), new Field("new", false)));
		return fields;
	}

	/** The no-argument constructor the driver calls before setType. */
	public KpiBinaryObject() {
	}

	/**
	 * A kpi_target built from its fields, to send as a binary parameter:
	 * a number or percent target (goal and warning as doubles).
	 */
	static KpiBinaryObject numberTarget(int comparator, int unit, double goal,
			Double warning) {
		ByteBuffer buffer = targetHeader(comparator, unit, warning != null);
		buffer.putDouble(goal).putDouble(warning == null ? 0.0 : warning);
		return fromBytes("kpi_target", buffer.array());
	}

	/** A duration kpi_target built from its fields (microseconds). */
	static KpiBinaryObject durationTarget(int comparator, long goalMicros,
			Long warningMicros) {
		ByteBuffer buffer = targetHeader(comparator, UNIT_DURATION, warningMicros != null);
		buffer.putLong(goalMicros).putLong(warningMicros == null ? 0 : warningMicros);
		return fromBytes("kpi_target", buffer.array());
	}

	/** A kpi_target of arbitrary bytes, e.g. an invalid one the server must reject. */
	static KpiBinaryObject rawTarget(byte[] raw) {
		return fromBytes("kpi_target", raw.clone());
	}

	/** A state value built from its fields, in the order of the text form. */
	static KpiBinaryObject state(String type, BigInteger... values) {
		List<Field> fields = STATE_FIELDS.get(type);
		if (fields == null || fields.size() != values.length)
			throw new IllegalArgumentException("not a state type or wrong field count: " + type);
		int size = 0;
		for (Field field : fields)
			size += field.wide() ? 16 : 8;
		ByteBuffer buffer = ByteBuffer.allocate(size);
		for (int i = 0; i < values.length; i++) {
			if (fields.get(i).wide()) {
				BigInteger[] halves = values[i].divideAndRemainder(TWO_TO_64);
				BigInteger high = halves[0];
				BigInteger low = halves[1];
				if (low.signum() < 0) {	// floor division, so low is unsigned
					high = high.subtract(BigInteger.ONE);
					low = low.add(TWO_TO_64);
				}
				buffer.putLong(high.longValueExact()).putLong(low.longValue());
			} else
				buffer.putLong(values[i].longValueExact());
		}
		return fromBytes(type, buffer.array());
	}

	/** The comparator, unit and flag bytes that start a binary kpi_target. */
	private static ByteBuffer targetHeader(int comparator, int unit, boolean hasWarning) {
		ByteBuffer buffer = ByteBuffer.allocate(TARGET_BYTES);
		buffer.put((byte) comparator).put((byte) unit).put((byte) (hasWarning ? 1 : 0));
		return buffer;
	}

	/** A value of the given type holding these bytes and, if decodable, its text. */
	private static KpiBinaryObject fromBytes(String type, byte[] raw) {
		KpiBinaryObject object = new KpiBinaryObject();
		object.setType(type);
		object.bytes = raw;
		try {
			object.value = decode(type, raw);
		} catch (SQLException invalid) {
			object.value = null;	// deliberately invalid bytes have no text form
		}
		return object;
	}

	/** Called by the driver with a value it received in binary. */
	@Override
	public void setByteValue(byte[] value, int offset) throws SQLException {
		bytes = Arrays.copyOfRange(value, offset, value.length);
		this.value = decode(getType(), bytes);
		receivedBinary = true;
	}

	/** Called by the driver with a value it received as text. */
	@Override
	public void setValue(String value) throws SQLException {
		super.setValue(value);
		bytes = null;
		receivedBinary = false;
	}

	/** The size of the binary form the driver is about to send. */
	@Override
	public int lengthInBytes() {
		if (bytes == null)
			throw new IllegalStateException("a " + getType()
					+ " received as text has no binary form here; build it with a factory method");
		return bytes.length;
	}

	/** Writes the binary form into the driver's parameter buffer. */
	@Override
	public void toBytes(byte[] target, int offset) {
		System.arraycopy(bytes, 0, target, offset, bytes.length);
		timesSentBinary++;
	}

	/** Whether the driver delivered this value in binary. */
	boolean receivedBinary() {
		return receivedBinary;
	}

	/** How often the driver took the binary form of this value to send it. */
	int timesSentBinary() {
		return timesSentBinary;
	}

	/** A copy of the binary form, if known. */
	byte[] bytes() {
		return bytes == null ? null : bytes.clone();
	}

	/** The canonical text form of a binary value of one of kpi's types. */
	static String decode(String type, byte[] raw) throws SQLException {
		if ("kpi_target".equals(type))
			return decodeTarget(raw);
		List<Field> fields = STATE_FIELDS.get(type);
		if (fields == null)
			throw invalid(type, "not a type of the kpi extension");
		return decodeState(type, fields, raw);
	}

	/** "<comparator> <goal>[ warn <warning>]" from a binary kpi_target. */
	private static String decodeTarget(byte[] raw) throws SQLException {
		if (raw.length != TARGET_BYTES)
			throw invalid("kpi_target", raw.length + " bytes instead of " + TARGET_BYTES);
		ByteBuffer buffer = ByteBuffer.wrap(raw);
		int comparator = buffer.get();
		int unit = buffer.get();
		int hasWarning = buffer.get();
		if (comparator < 0 || comparator >= COMPARATORS.size() || unit < 0
				|| unit > UNIT_DURATION || hasWarning < 0 || hasWarning > 1)
			throw invalid("kpi_target", "comparator " + comparator + ", unit " + unit
					+ ", warning flag " + hasWarning);
		StringBuilder text = new StringBuilder(COMPARATORS.get(comparator)).append(' ');
		appendQuantity(text, unit, buffer);
		if (hasWarning == 1)
			appendQuantity(text.append(" warn "), unit, buffer);
		return text.toString();
	}

	/** Reads one goal or threshold and appends it in the server's text form. */
	private static void appendQuantity(StringBuilder text, int unit, ByteBuffer buffer) {
		if (unit == UNIT_DURATION) {
			text.append(formatDuration(buffer.getLong()));
			return;
		}
		text.append(formatNumber(buffer.getDouble()));
		if (unit == UNIT_PERCENT)
			text.append('%');
	}

	/**
	 * A double as PostgreSQL's shortest exact output prints it (what
	 * float8out and kpi_target_out use): the fewest significant digits
	 * that read back as the same double, in plain notation for decimal
	 * exponents -4..14 and as 1.5e+20 / 1e-05 otherwise.
	 */
	static String formatNumber(double number) {
		if (number == 0)
			return "0";		// kpi_target stores -0 as 0
		BigDecimal exact = new BigDecimal(number);
		BigDecimal shortest = null;
		// the shortest decimals that read back as the number, the closest of
		// them; both neighbours are tried because the gaps to the adjacent
		// doubles differ at powers of two
		for (int digits = 1; digits <= 17 && shortest == null; digits++) {
			for (RoundingMode mode : List.of(RoundingMode.HALF_EVEN, RoundingMode.FLOOR,
					RoundingMode.CEILING)) {
				BigDecimal candidate = exact.round(new MathContext(digits, mode));
				if (Double.parseDouble(candidate.toString()) == number && (shortest == null
						|| candidate.subtract(exact).abs().compareTo(shortest.subtract(exact).abs()) < 0))
					shortest = candidate;
			}
		}
		shortest = shortest.stripTrailingZeros();
		int exponent = shortest.precision() - shortest.scale() - 1;
		if (exponent >= -4 && exponent < 15)
			return shortest.toPlainString();
		String digits = shortest.unscaledValue().abs().toString();
		String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
		return (number < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
				+ String.format("%02d", Math.abs(exponent));
	}

	/**
	 * A duration as kpi_target_out prints it (src/target.c append_duration):
	 * days, hours, min and s, zero parts left out, the fraction of a second
	 * without trailing zeros, "0 s" for nothing.
	 */
	static String formatDuration(long micros) {
		long days = micros / MICROS_PER_DAY;
		long hours = micros % MICROS_PER_DAY / MICROS_PER_HOUR;
		long minutes = micros % MICROS_PER_HOUR / MICROS_PER_MINUTE;
		long seconds = micros % MICROS_PER_MINUTE / MICROS_PER_SECOND;
		long fraction = micros % MICROS_PER_SECOND;
		StringBuilder text = new StringBuilder();
		if (days > 0)
			text.append(days).append(days == 1 ? " day" : " days");
		if (hours > 0)
			text.append(text.length() > 0 ? " " : "").append(hours).append(hours == 1 ? " hour" : " hours");
		if (minutes > 0)
			text.append(text.length() > 0 ? " " : "").append(minutes).append(" min");
		if (seconds > 0 || fraction > 0 || text.length() == 0) {
			text.append(text.length() > 0 ? " " : "").append(seconds);
			if (fraction > 0)
				text.append('.').append(String.format("%06d", fraction).replaceAll("0+$", ""));
			text.append(" s");
		}
		return text.toString();
	}

	/** "(name=value,...)" from a binary state; int128 fields from two halves. */
	private static String decodeState(String type, List<Field> fields, byte[] raw)
			throws SQLException {
		int size = 0;
		for (Field field : fields)
			size += field.wide() ? 16 : 8;
		if (raw.length != size)
			throw invalid(type, raw.length + " bytes instead of " + size);
		ByteBuffer buffer = ByteBuffer.wrap(raw);
		StringBuilder text = new StringBuilder("(");
		for (Field field : fields) {
			BigInteger fieldValue = BigInteger.valueOf(buffer.getLong());
			if (field.wide()) {
				BigInteger low = new BigInteger(Long.toUnsignedString(buffer.getLong()));
				fieldValue = fieldValue.multiply(TWO_TO_64).add(low);
			}
			if (text.length() > 1)
				text.append(',');
			text.append(field.name()).append('=').append(fieldValue);
		}
		return text.append(')').toString();
	}

	/** The exception setByteValue reports for bytes it cannot decode. */
	private static SQLException invalid(String type, String problem) {
		return new PSQLException("cannot decode binary " + type + ": " + problem,
				PSQLState.DATA_ERROR);
	}
}
