package org.sanctuaryoversight.app.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * JSON request bodies are read as written, never guessed at (issue 18): a number or a boolean where text belongs
 * ({@code "narrative": 123}) and a number or text where a yes/no belongs ({@code "anonymous": 1}, {@code "true"}) are
 * refused instead of converted, and a body that is not strict UTF-8 (invalid bytes, overlong forms such as
 * {@code C0 AF} for "/", UTF-8-encoded surrogates) is malformed, where Jackson alone would decode some of them.
 *
 * <p>Only the HTTP API's converter is strict: the application's {@code ObjectMapper} also reads data stored by earlier
 * versions, which must keep loading as it was written.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (int i = 0; i < converters.size(); i++) {
            if (converters.get(i) instanceof MappingJackson2HttpMessageConverter json
                    && !(json instanceof StrictConverter)) {
                converters.set(i, new StrictConverter(strict(json.getObjectMapper())));
            }
        }
    }

    /** A copy of the mapper that converts no scalar into another kind of scalar. */
    static ObjectMapper strict(ObjectMapper mapper) {
        ObjectMapper strict = mapper.copy();
        strict.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType target : List.of(LogicalType.Textual, LogicalType.Boolean, LogicalType.Integer,
                LogicalType.Float, LogicalType.Enum, LogicalType.DateTime)) {
            for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.Boolean, CoercionInputShape.String)) {
                if (!accepts(target, shape)) {
                    strict.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
        return strict;
    }

    /** The natural shape of each kind of value: text for text, enums and dates; a number for numbers. */
    private static boolean accepts(LogicalType target, CoercionInputShape shape) {
        return switch (target) {
            case Textual, Enum, DateTime -> shape == CoercionInputShape.String;
            case Integer -> shape == CoercionInputShape.Integer;
            case Float -> shape == CoercionInputShape.Float || shape == CoercionInputShape.Integer;
            default -> false;
        };
    }

    /** Checks that the body is strict UTF-8 before Jackson reads it (bodies are small: see RequestSizeLimitFilter). */
    static final class StrictConverter extends MappingJackson2HttpMessageConverter {

        StrictConverter(ObjectMapper mapper) {
            super(mapper);
        }

        @Override
        public Object read(Type type, Class<?> contextClass, HttpInputMessage input)
                throws IOException, HttpMessageNotReadableException {
            byte[] body = input.getBody().readAllBytes();
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            } catch (CharacterCodingException notUtf8) {
                throw new HttpMessageNotReadableException("The body is not UTF-8",
                        new JsonParseException(null, "Invalid UTF-8"), input);
            }
            return super.read(type, contextClass, new HttpInputMessage() {
                @Override
                public InputStream getBody() {
                    return new ByteArrayInputStream(body);
                }

                @Override
                public HttpHeaders getHeaders() {
                    return input.getHeaders();
                }
            });
        }
    }
}
