import java.util.Properties;

/**
 * A set of connection properties the whole suite runs under.
 *
 * @param name                  printed with failures
 * @param properties            for the plain connection a BI tool opens
 * @param typedProperties       for the connection with KpiBinaryObject registered
 * @param firstBinaryExecution  the execution of a PreparedStatement from which
 *                              the driver fetches double precision (and
 *                              registered types) in binary
 */
record Configuration(String name, Properties properties, Properties typedProperties,
		int firstBinaryExecution) {
}
