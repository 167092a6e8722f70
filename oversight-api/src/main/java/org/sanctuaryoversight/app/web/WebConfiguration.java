package org.sanctuaryoversight.app.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The language of every page and message: a {@code lang} parameter (the language switch) wins, then the person's
 * earlier choice (a {@code lang} cookie), then the browser's {@code Accept-Language}, then English; always one of
 * {@link Languages#PUBLIC} (staff pages: {@link Languages#STAFF}). See {@link PageLanguageResolver}. Then, for every
 * handler, its own {@code @PreAuthorize} rule ({@link PreAuthorizeInterceptor}), so a refusal speaks that language.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final PageLanguageResolver languages = new PageLanguageResolver();
    private final EndpointRules rules;

    WebConfiguration(EndpointRules rules) {
        this.rules = rules;
    }

    @Bean
    LocaleResolver localeResolver() {
        return languages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SupportedLanguagesOnly(languages));
        registry.addInterceptor(new PreAuthorizeInterceptor(rules));
    }
}
