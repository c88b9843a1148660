package io.github.rustfit.sample.orders.config;

import io.github.rustfit.sample.cache.Cache;
import io.github.rustfit.sample.cache.CacheBuilder;
import io.github.rustfit.sample.cache.ExpiryCleaner;
import io.github.rustfit.sample.orders.web.CustomerResponse;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * Application wiring. The data source, entity manager factory and transaction manager come from
 * the deployment's infrastructure configuration; this class adds the service's own beans.
 */
@Configuration
@ComponentScan(basePackages = "io.github.rustfit.sample.orders")
@EnableJpaRepositories(basePackages = "io.github.rustfit.sample.orders.repository")
@EnableTransactionManagement
public class OrdersConfiguration {

    @Bean(destroyMethod = "close")
    public ExpiryCleaner cacheCleaner() {
        return ExpiryCleaner.start(Duration.ofSeconds(30));
    }

    @Bean
    public Cache<Long, CustomerResponse> customerLookups(ExpiryCleaner cacheCleaner) {
        return CacheBuilder.<Long, CustomerResponse>newBuilder()
                .maximumSize(20_000)
                .expireAfterWrite(Duration.ofMinutes(10))
                .cleanedBy(cacheCleaner)
                .build();
    }
}
