package io.datasage.dashboard.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.contracts.chart.ChartSpec;
import io.datasage.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads a chat answer from chat-service on behalf of the caller (their token goes along, so only their own
 * conversations are visible): a missing conversation or message is a 404, an answer without a chart a 422.
 */
@ApplicationScoped
public class ConversationsClient {

    private final ChatServiceApi api;
    private final ObjectMapper mapper;

    public ConversationsClient(@RestClient ChatServiceApi api, ObjectMapper mapper) {
        this.api = api;
        this.mapper = mapper;
    }

    /** The chart of message {@code messageId} in the caller's conversation {@code conversationId}. */
    public ChatAnswer answer(String conversationId, String messageId, String bearerToken) {
        ChatServiceApi.Conversation conversation = conversation(conversationId, bearerToken);
        List<ChatServiceApi.Message> messages = conversation.messages() == null ? List.of() : conversation.messages();
        for (int i = 0; i < messages.size(); i++) {
            ChatServiceApi.Message m = messages.get(i);
            if (!messageId.equals(m.id())) {
                continue;
            }
            if (m.chartSpec() == null || m.chartSpec().isEmpty()) {
                throw ProblemException.unprocessable(
                        "Message " + messageId + " has no chart to pin; pin an assistant answer that shows a chart.");
            }
            String question = i > 0 && "user".equals(messages.get(i - 1).role())
                    ? messages.get(i - 1).content()
                    : null;
            return new ChatAnswer(
                    conversationId,
                    messageId,
                    conversation.datasetId(),
                    mapper.convertValue(m.chartSpec(), ChartSpec.class),
                    question);
        }
        throw ProblemException.notFound(
                "Conversation " + conversationId + " has no message with id " + messageId + ".");
    }

    private ChatServiceApi.Conversation conversation(String id, String bearerToken) {
        try {
            return api.get(id, "Bearer " + bearerToken);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404 || status == 400) {
                throw ProblemException.notFound("No conversation with id " + id + ".");
            }
            if (status == 401) {
                throw ProblemException.unauthorized("The token was refused by chat-service.");
            }
            throw unavailable(e);
        } catch (ProcessingException e) {
            throw unavailable(e);
        }
    }

    private static ProblemException unavailable(Exception e) {
        return new ProblemException(
                503,
                "Service Unavailable",
                "chat-service cannot be reached right now (" + e.getMessage() + "); try again in a moment.");
    }
}
