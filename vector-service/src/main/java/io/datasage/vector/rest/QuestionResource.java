package io.datasage.vector.rest;

import io.datasage.platform.problem.ProblemException;
import io.datasage.platform.security.CurrentUser;
import io.datasage.vector.mapping.QuestionMapper;
import io.datasage.vector.rest.SearchViews.QuestionExamples;
import io.datasage.vector.rest.SearchViews.QuestionRequest;
import io.datasage.vector.rest.SearchViews.StoredQuestion;
import io.datasage.vector.service.QuestionMemoryService;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The caller's question memory: answered questions with their chart specs, recalled as few-shot examples. */
@Path("/api/search/questions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class QuestionResource {

    private final QuestionMemoryService questions;
    private final CurrentUser user;

    public QuestionResource(QuestionMemoryService questions, CurrentUser user) {
        this.questions = questions;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response remember(QuestionRequest body) {
        if (body == null) {
            throw ProblemException.badRequest("Send {\"dataset_id\", \"question\", \"chart_spec\"} as JSON.");
        }
        StoredQuestion stored = QuestionMapper.toView(
                questions.remember(user.id(), body.datasetId(), body.question(), body.chartSpec()));
        return Response.created(URI.create("/api/search/questions/" + stored.id()))
                .entity(stored)
                .build();
    }

    @GET
    public QuestionExamples examples(
            @QueryParam("dataset_id") String datasetId,
            @QueryParam("q") String q,
            @QueryParam("k") @DefaultValue("5") int k) {
        return new QuestionExamples(datasetId, q, questions.examples(user.id(), datasetId, q, k));
    }

    @GET
    @Path("/{id}")
    public StoredQuestion get(@PathParam("id") String id) {
        return QuestionMapper.toView(questions.get(user.id(), id));
    }
}
