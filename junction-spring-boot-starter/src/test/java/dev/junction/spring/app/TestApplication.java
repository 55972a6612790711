package dev.junction.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application the starter's tests run: its package holds the models the starter scans. */
@SpringBootApplication
public class TestApplication {
}
