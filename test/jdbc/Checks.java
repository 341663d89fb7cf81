import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The checks of one run of the suite under one connection configuration:
 * counts them, prints every failure with what was expected and what came
 * back, and keeps what each check observed so that the runs under two
 * configurations can be compared value by value.
 */
final class Checks {
	/** A piece of a check that talks to the server. */
	interface SqlBlock {
		void run() throws SQLException;
	}

	private final String configuration;
	private final List<String> observations = new ArrayList<>();
	private int passed;
	private int failed;

	/** Checks run under the named configuration (printed with failures). */
	Checks(String configuration) {
		this.configuration = configuration;
	}

	/**
	 * Passes when actual equals expected (Double.equals: exact, bit for bit),
	 * and keeps "name = actual" for the comparison between configurations.
	 */
	void equal(String name, Object expected, Object actual) {
		observations.add(name + " = " + describe(actual));
		compare(name, expected, actual);
	}

	/**
	 * Like equal, for facts that differ between configurations by design
	 * (when the driver switches to binary transfer): not compared.
	 */
	void equalInThisConfiguration(String name, Object expected, Object actual) {
		compare(name, expected, actual);
	}

	/** Passes when the condition holds; detail says what was seen otherwise. */
	void isTrue(String name, boolean condition, String detail) {
		observations.add(name + " = " + condition);
		if (condition)
			passed++;
		else
			fail(name, detail);
	}

	/**
	 * Runs a block of checks; an exception it did not expect is one failed
	 * check, and the suite goes on with the next block.
	 */
	void guard(String name, SqlBlock block) {
		try {
			block.run();
		} catch (SQLException | RuntimeException unexpected) {
			observations.add(name + " threw " + unexpected);
			fail(name, "unexpected " + unexpected);
			if (unexpected instanceof RuntimeException)
				unexpected.printStackTrace(System.out);
		}
	}

	/** Counts a check as passed or prints it as failed. */
	private void compare(String name, Object expected, Object actual) {
		if (Objects.equals(expected, actual))
			passed++;
		else
			fail(name, "expected " + describe(expected) + ", actual " + describe(actual));
	}

	/** Prints one failed check. */
	void fail(String name, String detail) {
		failed++;
		System.out.println("FAIL [" + configuration + "] " + name + ": " + detail);
	}

	/** A value as failures and observations show it, with its Java type when unclear. */
	static String describe(Object value) {
		if (value == null)
			return "NULL";
		if (value instanceof String text)
			return "\"" + text + "\"";
		if (value instanceof Double || value instanceof Integer || value instanceof Boolean)
			return value.toString();
		return value + " (" + value.getClass().getSimpleName() + ")";
	}

	/** What every check of this run observed, in order. */
	List<String> observations() {
		return observations;
	}

	/** The configuration's name. */
	String configuration() {
		return configuration;
	}

	/** How many checks passed. */
	int passed() {
		return passed;
	}

	/** How many checks failed. */
	int failed() {
		return failed;
	}
}
