package org.sanctuaryoversight.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;

/** Spring Boot's multipart resolver, except for {@link StreamedUpload} paths, whose controllers read the body themselves. */
@Configuration(proxyBeanMethods = false)
class StreamedUploadConfiguration {

    @Bean(name = DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
    MultipartResolver multipartResolver(ObjectProvider<StreamedUpload> streamedUploads) {
        List<StreamedUpload> streamed = streamedUploads.orderedStream().toList();
        return new StandardServletMultipartResolver() {
            @Override
            public boolean isMultipart(HttpServletRequest request) {
                return streamed.stream().noneMatch(upload -> upload.appliesTo(request)) && super.isMultipart(request);
            }
        };
    }
}
