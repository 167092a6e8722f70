package org.sanctuaryoversight.app.platform;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The reverse proxy's forwarded headers, believed only from its network, before anything else looks at the
 * request: the session cookie's {@code Secure} flag, HSTS and the rate limits all depend on them.
 */
@Configuration(proxyBeanMethods = false)
class ProxyConfiguration {

    @Bean
    FilterRegistrationBean<TrustedProxyFilter> trustedProxyFilter(OversightProperties properties) {
        FilterRegistrationBean<TrustedProxyFilter> registration =
                new FilterRegistrationBean<>(new TrustedProxyFilter(properties.proxy().trustedNetworks()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
