package io.datasage.chat.service;

import io.datasage.ai.answer.ChartQuestion;
import io.datasage.ai.answer.TokenSink;
import io.datasage.ai.prompt.Example;
import io.datasage.ai.prompt.PromptBuilder;
import io.datasage.ai.prompt.Turn;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.charts.ArrowDatasets;
import io.datasage.charts.Dataset;
import io.datasage.chat.client.VectorClient;
import io.datasage.chat.config.ChatConfig;
import io.datasage.chat.mapping.Json;
import io.datasage.chat.repository.ConversationEntity;
import io.datasage.chat.repository.ConversationRepository;
import io.datasage.chat.repository.MessageEntity;
import io.datasage.contracts.chart.ChartSpec;
import io.datasage.platform.datasets.DatasetCatalog;
import io.datasage.platform.datasets.DatasetInfo;
import io.datasage.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Answers a question about one of the caller's datasets inside a conversation: finds the previous chart and the
 * last messages for follow-ups (and, when an LLM is configured, similar past questions as examples), gets a
 * rendered chart from the LLMs or the planner, stores both turns, and feeds the question memory.
 */
@ApplicationScoped
public class ChatService {

    static final int MAX_QUESTION = 2000;
    // A figure bigger than this is not stored with the message (its spec is, and re-renders it).
    private static final int MAX_STORED_FIGURE = 50_000;

    private final DatasetCatalog datasets;
    private final ArrowDatasets arrowFiles;
    private final ConversationService conversationService;
    private final ConversationRepository conversations;
    private final QuestionAnswerer answerer;
    private final VectorClient vector;
    private final ChatConfig config;
    private final Path storageRoot;

    public ChatService(
            DatasetCatalog datasets,
            ArrowDatasets arrowFiles,
            ConversationService conversationService,
            ConversationRepository conversations,
            QuestionAnswerer answerer,
            VectorClient vector,
            ChatConfig config) {
        this.datasets = datasets;
        this.arrowFiles = arrowFiles;
        this.conversationService = conversationService;
        this.conversations = conversations;
        this.answerer = answerer;
        this.vector = vector;
        this.config = config;
        this.storageRoot = config.storageRoot().toAbsolutePath().normalize();
    }

    /** Answers {@code message}; a null conversation id starts a new conversation. */
    public ChatReply ask(String ownerId, String token, String datasetId, String message, String conversationId) {
        return answer(prepare(ownerId, token, datasetId, message, conversationId), TokenSink.NONE);
    }

    /**
     * Checks the question and finds the dataset and the conversation, so that what is wrong with a request (400,
     * 404, 409) is known before a reply starts streaming.
     */
    public Question prepare(String ownerId, String token, String datasetId, String message, String conversationId) {
        String question = checkedQuestion(message);
        DatasetInfo dataset = datasets.requireReady(datasetId, ownerId, token);
        ConversationEntity conversation = conversation(ownerId, datasetId, conversationId, question);
        return new Question(ownerId, token, datasetId, dataset, conversation, question);
    }

    /** The question in a chat message, stripped; 400 when it is empty or too long. */
    static String checkedQuestion(String message) {
        String question = message == null ? "" : message.strip();
        if (question.isEmpty()) {
            throw ProblemException.badRequest("Send a 'message' with your question, e.g. \"total sales by region\".");
        }
        if (question.length() > MAX_QUESTION) {
            throw ProblemException.badRequest(
                    "The question is " + question.length() + " characters long; keep it under " + MAX_QUESTION + ".");
        }
        return question;
    }

    /** Answers a prepared question; {@code sink} sees an LLM's lead sentence while it streams. */
    public ChatReply answer(Question q, TokenSink sink) {
        String datasetId = q.datasetId();
        Answer answer;
        try (Dataset data =
                arrowFiles.open(storageRoot.resolve(q.dataset().arrowPath()).normalize())) {
            DatasetSchema schema = SchemaMapper.from(q.dataset(), data);
            List<Example> examples = answerer.usesLlm()
                    ? vector.examples(
                            datasetId, q.question(), PromptBuilder.EXAMPLES, q.token(), config.examplesTimeout())
                    : List.of();
            ChartQuestion question = new ChartQuestion(
                    q.question(),
                    schema,
                    data.columns(),
                    previousSpec(q.conversation()),
                    history(q.conversation()),
                    examples);
            answer = answerer.answer(
                    question,
                    data,
                    config.semanticMatching() ? (phrase, s) -> vector.columns(datasetId, phrase, q.token()) : null,
                    sink);
        }
        String messageId = UUID.randomUUID().toString();
        store(q.ownerId(), q.conversation().id, q.question(), answer, messageId);
        if (config.questionMemory() && answer.chart() != null && !"Low".equals(answer.confidence())) {
            vector.remember(datasetId, q.question(), answer.spec(), q.token());
        }
        return reply(answer, q.conversation().id, messageId);
    }

    /**
     * A checked question with what answering it needs.
     *
     * @param token the caller's bearer token, for calls to other services on their behalf
     */
    public record Question(
            String ownerId,
            String token,
            String datasetId,
            DatasetInfo dataset,
            ConversationEntity conversation,
            String question) {

        @Override
        public String toString() {
            return "Question[dataset=" + datasetId + ", conversation=" + conversation.id + ", question=" + question
                    + "]";
        }
    }

    private ConversationEntity conversation(String ownerId, String datasetId, String conversationId, String question) {
        if (conversationId == null || conversationId.isBlank()) {
            return conversationService.create(ownerId, datasetId, title(question));
        }
        ConversationEntity c = conversationService.get(ownerId, conversationId);
        if (c.datasetId != null && !c.datasetId.equals(datasetId)) {
            throw ProblemException.conflict("Conversation " + conversationId + " is about another dataset; start a new"
                    + " conversation (omit conversation_id) to ask about this one.");
        }
        return c;
    }

    private static ChartSpec previousSpec(ConversationEntity conversation) {
        List<MessageEntity> messages = conversation.messages;
        for (int i = messages == null ? -1 : messages.size() - 1; i >= 0; i--) {
            MessageEntity m = messages.get(i);
            if ("assistant".equals(m.role) && m.chartSpecJson != null) {
                return Json.spec(m.chartSpecJson);
            }
        }
        return null;
    }

    /** The conversation's last messages, oldest first, as an LLM prompt shows them. */
    private static List<Turn> history(ConversationEntity conversation) {
        List<MessageEntity> messages = conversation.messages == null ? List.of() : conversation.messages;
        List<Turn> turns = new ArrayList<>();
        for (MessageEntity m :
                messages.subList(Math.max(0, messages.size() - PromptBuilder.HISTORY), messages.size())) {
            turns.add(
                    "user".equals(m.role)
                            ? Turn.user(m.content)
                            : Turn.assistant(m.content, Json.spec(m.chartSpecJson)));
        }
        return turns;
    }

    private void store(String ownerId, String conversationId, String question, Answer answer, String messageId) {
        Instant now = Instant.now();
        MessageEntity user = new MessageEntity();
        user.id = UUID.randomUUID().toString();
        user.role = "user";
        user.content = question;
        user.timestamp = now;
        MessageEntity assistant = new MessageEntity();
        assistant.id = messageId;
        assistant.role = "assistant";
        assistant.content = answer.text();
        assistant.chartSpecJson = answer.chart() == null ? null : Json.write(answer.spec());
        String figure =
                answer.chart() == null ? null : Json.write(answer.chart().figure());
        assistant.chartJson = figure != null && figure.length() <= MAX_STORED_FIGURE ? figure : null;
        assistant.confidence = answer.confidence();
        assistant.source = answer.source();
        assistant.timestamp = now;
        conversations.appendMessages(conversationId, ownerId, List.of(user, assistant), config.maxMessages(), now);
    }

    private ChatReply reply(Answer answer, String conversationId, String messageId) {
        Map<String, Object> figure =
                answer.chart() == null ? null : answer.chart().figure();
        List<Map<String, Object>> rows = answer.chart() == null
                ? List.of()
                : answer.chart()
                        .rows()
                        .subList(
                                0,
                                Math.min(
                                        config.replyRows(),
                                        answer.chart().rows().size()));
        return new ChatReply(
                answer.text(),
                answer.spec(),
                figure,
                answer.confidence(),
                answer.source(),
                conversationId,
                messageId,
                answer.chart() == null ? null : answer.chart().summary(),
                rows);
    }

    private static String title(String question) {
        return question.length() <= 60 ? question : question.substring(0, 57) + "...";
    }
}
